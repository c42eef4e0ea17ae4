/**
 * The toolbar button says what was found: on the article and on the Wired story, a badge with the
 * number of people marked and a title that says it; on any other page, no badge and the plain
 * name. Read from the background (action.getBadgeText / getTitle for the tab), as a reader would
 * see them on the button; headless Chromium draws no toolbar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhTW from '../../locales/zh-TW.json';
import type { ExtensionBrowser } from '../support/chromium';
import { waitForDecision } from '../support/decisions';
import { EIGHT_AUTHORS, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

const WECHAT = { host: 'mp.weixin.qq.com', path: '/s/qbitai-transformer-authors/' };
const WIRED = { host: 'www.wired.com', path: '/story/eight-google-employees-invented-modern-ai-transformers-paper/' };
const UNRELATED = { host: 'www.sohu.com', path: '/a/unrelated-shage.html' };

interface Button {
  badge: string;
  title: string;
}

type ChromeApi = typeof import('wxt/browser').browser;

/** What the button shows for a tab, asked of the background. */
function buttonIn(browser: ExtensionBrowser, tabId: number): Promise<Button> {
  return browser.inBackground(async (id: number) => {
    const { action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** The people whose names are marked on the page, as the marks themselves say. */
async function peopleMarked(page: Page): Promise<string[]> {
  const ids = await page.locator('qx-mention[data-qx-category="person"]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-qx-entry')!));
  return [...new Set(ids)];
}

const titleFor = (people: number, strings = en) => strings.toolbar.title_other.replace('{{count}}', String(people));

/** The reader's choice of interface language, as the options page stores it. */
function chooseUiLanguage(language: string): Promise<void> {
  return testbed.browser.inBackground(async (value: string) => {
    await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ 'settings.uiLanguage': value });
  }, language);
}

async function open(site: { host: string; path: string }, page?: Page): Promise<Page> {
  const tab = page ?? (await testbed.browser.context.newPage());
  await tab.goto(`http://${site.host}:${testbed.server.port}${site.path}`);
  return tab;
}

/** Waits until the button shows a badge for the page's tab, and returns what it shows. */
async function badgedButton(page: Page): Promise<Button> {
  const tabId = await testbed.browser.tabIdOf(page);
  await expect.poll(async () => (await buttonIn(testbed.browser, tabId)).badge, { timeout: 15_000 }).not.toBe('');
  return buttonIn(testbed.browser, tabId);
}

describe.each([
  ['the article', WECHAT],
  ['the Wired story', WIRED],
])('on %s', (_label, site) => {
  it('the badge counts the people marked, the eight authors among them, and the title says it', async () => {
    const page = await open(site);
    await waitForAnnotations(page);
    const button = await badgedButton(page);
    const people = await peopleMarked(page);
    for (const author of EIGHT_AUTHORS) expect(people).toContain(author.id);
    expect(button).toEqual({ badge: String(people.length), title: titleFor(people.length) });
    await page.close();
  });
});

describe('in the interface language the reader chose', () => {
  it('the title says it in Traditional Chinese, with the same count', async () => {
    await chooseUiLanguage('zh-TW');
    try {
      const page = await open(WECHAT);
      await waitForAnnotations(page);
      const people = (await peopleMarked(page)).length;
      expect(await badgedButton(page)).toEqual({ badge: String(people), title: titleFor(people, zhTW) });
      await page.close();
    } finally {
      await chooseUiLanguage('auto');
    }
  });
});

describe('on every other page', () => {
  it('the button stays quiet: no badge, its plain name', async () => {
    const page = await open(UNRELATED);
    // Once decided, the extension does nothing more to a page that is not the article.
    expect(await waitForDecision(testbed.browser, page)).toBe('not-article');
    expect(await buttonIn(testbed.browser, await testbed.browser.tabIdOf(page))).toEqual({ badge: '', title: en.manifest.name });
    await page.close();
  });

  it('a tab that leaves the article for another page loses its badge and title', async () => {
    const page = await open(WECHAT);
    await badgedButton(page);
    await open(UNRELATED, page);
    expect(await waitForDecision(testbed.browser, page)).toBe('not-article');
    expect(await buttonIn(testbed.browser, await testbed.browser.tabIdOf(page))).toEqual({ badge: '', title: en.manifest.name });
    await page.close();
  });
});

describe('when the browser stops the service worker', () => {
  /** The button for a tab, read from an extension page of its own: it needs no running service worker. */
  async function buttonFromExtensionPage(tabId: number): Promise<Button> {
    const extensionPage = await testbed.browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${testbed.browser.extensionId}/options.html`);
    const button = await extensionPage.evaluate(async (id: number) => {
      const { action } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
    await extensionPage.close();
    return button;
  }

  it('the badge stays, and the restarted worker still clears it when the page moves on in place', async () => {
    const page = await open(WECHAT);
    const shown = await badgedButton(page);
    const tabId = await testbed.browser.tabIdOf(page);

    // The browser's own account of the extension's worker: running, stopping, stopped, starting.
    const devtools = await testbed.browser.context.newCDPSession(page);
    const workerBecomes = (status: string) =>
      new Promise<void>((resolve) => {
        devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((version) => version.scriptURL.includes(testbed.browser.extensionId) && version.runningStatus === status)) resolve();
        });
      });
    await devtools.send('ServiceWorker.enable');
    const stopped = workerBecomes('stopped');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await stopped;
    expect(await buttonFromExtensionPage(tabId)).toEqual(shown);

    // A single-page app moves on to a page that is not the article: the browser keeps a tab's
    // badge through such a move; the worker, woken by the address change, clears it.
    const restarted = workerBecomes('running');
    await page.evaluate(() => {
      history.pushState({}, '', '/s/another-story/');
      document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '另一篇文章。' }));
    });
    await restarted;
    await expect.poll(() => buttonFromExtensionPage(tabId), { timeout: 10_000 }).toEqual({ badge: '', title: en.manifest.name });
    await page.close();
  });
});

/**
 * The toolbar button in Firefox ESR, whose MV2 build has it as browserAction: on the article, a
 * badge with the number of people marked and a title that says it; elsewhere, no badge and the
 * plain name. Mirrors part of tests/browser/toolbar.test.ts (Chromium).
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import en from '../../locales/en.json';
import { EIGHT_AUTHORS } from '../support/pages';
import { waitForDecisionInFirefox } from './support/decisions';
import { useFirefoxTestbed, waitForAnnotations, waitUntil } from './support/firefox';

const testbed = useFirefoxTestbed();

interface Button {
  badge: string;
  title: string;
}

/** What the button shows for the tab of `page`, read from an extension page (it has the extension's APIs). */
async function buttonOver(page: Page): Promise<Button> {
  const url = page.url();
  const extensionPage = await testbed.firefox.open(testbed.firefox.extensionUrl('options.html'));
  try {
    // Throws until the extension page has loaded: waitUntil retries.
    const read = () =>
      extensionPage.evaluate(async (wanted: string) => {
        // Firefox's browser.* answers with promises, where Chrome's MV2 typings have callbacks.
        type Getter = (details: { tabId: number }) => Promise<string>;
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const button = api.browserAction as unknown as { getBadgeText: Getter; getTitle: Getter };
        const tab = (await api.tabs.query({})).find((candidate) => candidate.url === wanted);
        if (tab?.id === undefined) throw new Error(`no tab shows ${wanted}`);
        return { badge: await button.getBadgeText({ tabId: tab.id }), title: await button.getTitle({ tabId: tab.id }) };
      }, url);
    return await waitUntil(read, () => true, { what: `the button over ${url}` });
  } finally {
    await extensionPage.close();
    await page.bringToFront();
  }
}

/** The people whose names are marked on the page, as the marks themselves say. */
function peopleMarked(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll('qx-mention[data-qx-category="person"]')].map((mark) => mark.getAttribute('data-qx-entry')!)),
  ]);
}

it('on the article, the badge counts the people marked and the title says it, in Firefox', async () => {
  const page = await testbed.firefox.open(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
  await waitForAnnotations(page);
  const people = await peopleMarked(page);
  for (const author of EIGHT_AUTHORS) expect(people).toContain(author.id);
  const button = await waitUntil(() => buttonOver(page), (shown) => shown.badge !== '', { what: 'a badge on the button' });
  expect(button).toEqual({ badge: String(people.length), title: en.toolbar.title_other.replace('{{count}}', String(people.length)) });
  await page.close();
});

it('elsewhere, the button stays quiet, in Firefox', async () => {
  const page = await testbed.firefox.open(`http://www.sohu.com:${testbed.server.port}/a/unrelated-shage.html`);
  expect(await waitForDecisionInFirefox(testbed.firefox, page)).toBe('not-article');
  expect(await buttonOver(page)).toEqual({ badge: '', title: en.manifest.name });
  await page.close();
});

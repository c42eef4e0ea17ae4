/**
 * "Erase my data" in the options page: a reader who has changed the settings and opened a copy of
 * the article asks to erase, is asked first (cancelling keeps everything), confirms, and is told it
 * is done; the extension's storage is then empty, the options page and the popup show the defaults,
 * and the Wired story links back to the fallback instead of the copy the reader had opened. The
 * question meets WCAG 2.1 AA (axe-core) while it is open.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import citations from '../../src/citations/citations.json';
import { axeViolations } from '../support/axe';
import { waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const TAIWAN_COPY = '/news/20240326/transformer-authors.html';
const WIRED = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';
const CATEGORIES = ['person', 'organisation', 'work', 'term', 'slang'];

type Api = typeof import('wxt/browser').browser;
const storedData = () =>
  testbed.browser.inBackground(() => (globalThis as unknown as { chrome: Api }).chrome.storage.local.get(null), 0);

beforeEach(async () => {
  await testbed.browser.inBackground(() => (globalThis as unknown as { chrome: Api }).chrome.storage.local.clear(), 0);
});

async function open(url: string): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(url);
  return page;
}

async function extensionPage(path: string): Promise<Page> {
  const page = await open(`chrome-extension://${testbed.browser.extensionId}/${path}`);
  await page.locator('h1').waitFor();
  return page;
}

/** The categories a page shows ticked. */
async function tickedCategories(page: Page): Promise<string[]> {
  const ticked: string[] = [];
  for (const category of CATEGORIES) if (await page.locator(`input[name=category-${category}]`).isChecked()) ticked.push(category);
  return ticked;
}

/** What the options page shows, field by field. */
async function shownOptions(page: Page) {
  return {
    language: await page.locator('#language').inputValue(),
    glosses: await page.locator('input[name=glosses]').isChecked(),
    categories: await tickedCategories(page),
    runOn: await page.locator('input[name=runOn]:checked').inputValue(),
    readerFontSize: await page.locator('#reader-font-size').inputValue(),
  };
}

/** Where the Wired story's citation markers lead. */
async function wiredLinksBack(): Promise<string[]> {
  const wired = await open(`http://www.wired.com:${testbed.server.port}${WIRED}`);
  await waitForAnnotations(wired);
  const links = await wired.locator('qx-cite a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  await wired.close();
  return links;
}

/** A reader reads the article on a Traditional repost, then changes every setting in the options page. */
async function readAndChangeEverything(options: Page): Promise<void> {
  const article = await open(`http://www.twtechnews.com.tw:${testbed.server.port}${TAIWAN_COPY}`);
  await waitForAnnotations(article);
  await vi.waitFor(async () => expect((await storedData()).lastArticlePassages).toBeDefined(), { timeout: 10_000, interval: 50 });
  await article.close();

  await options.locator('#language').selectOption('zh-CN');
  await options.locator('input[name=glosses]').check();
  await options.locator('input[name=category-term]').check();
  await options.locator('input[name=runOn][value=known-homes]').check();
  await options.locator('#reader-font-size').fill('22');
  await options.locator('#reader-font-size').press('Tab');
}

describe('erasing the reader’s data', () => {
  it('asks first, then leaves only the defaults in storage, the options page and the popup', async () => {
    const options = await extensionPage('options.html');
    const defaults = await shownOptions(options);
    await readAndChangeEverything(options);
    const changed = { language: 'zh-CN', glosses: true, categories: ['person', 'term'], runOn: 'known-homes', readerFontSize: '22' };
    await expect.poll(() => shownOptions(options)).toEqual(changed);
    const popup = await extensionPage('popup.html');
    await expect.poll(() => popup.locator('input[name=glosses]').isChecked()).toBe(true);
    expect((await wiredLinksBack()).every((href) => href.includes('www.twtechnews.com.tw'))).toBe(true);
    const before = await storedData();

    const erase = options.getByRole('button', { name: 'Erase my data…' });
    const dialog = options.getByRole('dialog', { name: 'Erase your settings and the last copy of the article you opened?' });
    // Asked first, with the harmless answer focused: Enter or Escape right away erases nothing.
    await erase.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await axeViolations(options)).toEqual([]);
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await erase.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await storedData()).toEqual(before);
    expect(await shownOptions(options)).toEqual(changed);

    await erase.click();
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Your data is erased.' }).count()).toBe(1);
    expect(await storedData()).toEqual({});
    await expect.poll(() => shownOptions(options)).toEqual(defaults);
    expect(defaults).toEqual({ language: 'auto', glosses: false, categories: ['person'], runOn: 'everywhere', readerFontSize: '18' });
    // The popup that was open shows the defaults at once, and so does one opened now.
    await expect.poll(() => popup.locator('input[name=glosses]').isChecked()).toBe(false);
    expect(await tickedCategories(popup)).toEqual(['person']);
    const freshPopup = await extensionPage('popup.html');
    await expect.poll(() => tickedCategories(freshPopup)).toEqual(['person']);
    expect(await freshPopup.locator('input[name=glosses]').isChecked()).toBe(false);
    // The copy the reader had opened is forgotten: the Wired story links to the fallback search.
    const links = await wiredLinksBack();
    expect(links.length).toBeGreaterThan(15);
    for (const href of links) expect(href).toBe(citations.articleUrls.qbitai);
    await Promise.all([options.close(), popup.close(), freshPopup.close()]);
  });
});

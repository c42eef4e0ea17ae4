/**
 * The popup's "Look for the article on this page", in Firefox ESR (the MV2 build injects with
 * tabs.executeScript): the article in a page whose title is not Chinese gets its marks and cards;
 * another page is left exactly as it was; the extension's own page gets a clear answer. Mirrors
 * tests/browser/look-here.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { SITES_DIR } from '../support/fixture-server';
import { waitForDecisionInFirefox } from './support/decisions';
import { cardHeading, mentionWithText, useFirefoxTestbed, waitForAnnotations, waitUntil } from './support/firefox';

const testbed = useFirefoxTestbed();

/** The repost of the article, saved in a reader app that titles it in English (served on a host Firefox resolves here). */
const SAVED_PATH = '/saved/transformer-authors';
const SAVED_ARTICLE = readFileSync(join(SITES_DIR, 'www.xlszx.com/2024/03/25/transformer.html'), 'utf8').replace(
  /<title>[^<]*<\/title>/,
  '<title>Saved article · Reader</title>',
);

const statusOf = (popup: Page) => popup.evaluate(() => document.querySelector('.status')?.textContent ?? null);

/**
 * The popup as it opens over `page`: its "current tab" is that tab. Loaded in a tab, the popup sees
 * itself as the active tab, so it is reloaded once `page` is in front; the first load's document
 * is marked, so that only the reloaded one's answer counts.
 */
async function openPopupOver(page: Page): Promise<Page> {
  const popup = await testbed.firefox.open(testbed.firefox.extensionUrl('popup.html'));
  await waitUntil(() => statusOf(popup), (text) => !!text, { what: 'the popup’s first answer' });
  await popup.evaluate(() => document.documentElement.setAttribute('data-stale', ''));
  await page.bringToFront();
  void popup.reload().catch(() => undefined); // never reports finishing for moz-extension:// pages
  await waitUntil(
    () => popup.evaluate(() => !document.documentElement.hasAttribute('data-stale') && !!document.querySelector('.status')?.textContent),
    (fresh) => fresh,
    { what: 'the reloaded popup’s answer' },
  );
  return popup;
}

/** Clicks "Look for the article on this page" and waits until the popup says `answer`. */
async function lookHere(popup: Page, answer: (status: string | null) => boolean, what: string): Promise<void> {
  const button = await popup.waitForSelector('button.look-here', { timeout: 10_000 });
  await button!.click();
  await waitUntil(() => statusOf(popup), answer, { what });
}

describe('the popup’s look for the article, in Firefox', () => {
  it('finds the article on a page whose title is not Chinese, and marks it', async () => {
    testbed.server.pages.set(`www.example-news.com${SAVED_PATH}`, SAVED_ARTICLE);
    const page = await testbed.firefox.open(`http://www.example-news.com:${testbed.server.port}${SAVED_PATH}`);
    expect(await waitForDecisionInFirefox(testbed.firefox, page)).toBe('skipped');
    expect(await page.evaluate(() => document.querySelectorAll('qx-mention, qx-overlay').length)).toBe(0);

    const popup = await openPopupOver(page);
    expect(await statusOf(popup)).toBe(en.popup.notDetected);
    await lookHere(popup, (status) => !!status?.includes(en.popup.detectedQbitai), 'the popup to say the page is the article');
    await waitForAnnotations(page);
    await page.bringToFront();
    await (await mentionWithText(page, '沙哥')).hover();
    await waitUntil(() => cardHeading(page), (card) => card?.h2 === 'Noam Shazeer', { what: 'the card for 沙哥' });
    await page.close();
    await popup.close();
  });

  it('says the article is not on another page, and leaves that page exactly as it was', async () => {
    const page = await testbed.firefox.open(`http://www.example-news.com:${testbed.server.port}/sports/jones-gomez-kaiser.html`);
    expect(await waitForDecisionInFirefox(testbed.firefox, page)).toBe('skipped');
    const popup = await openPopupOver(page);
    await lookHere(popup, (status) => status === en.popup.notFound, 'the popup to say the article is not here');
    expect(await waitForDecisionInFirefox(testbed.firefox, page)).toBe('not-article');
    const { source, live } = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return { source: new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML, live: document.documentElement.outerHTML };
    });
    expect(live).toBe(source);
    await page.close();
    await popup.close();
  });

  it('on the extension’s own page, says the browser lets no extension in', async () => {
    const page = await testbed.firefox.open(testbed.firefox.extensionUrl('options.html'));
    await waitUntil(() => page.evaluate(() => document.readyState), (state) => state === 'complete', { what: 'the options page' });
    const popup = await openPopupOver(page);
    await lookHere(popup, (status) => status === en.popup.notAllowed, 'the popup to say no extension may look here');
    await page.close();
    await popup.close();
  });
});

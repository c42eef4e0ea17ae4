/**
 * The popup's "Look for the article on this page", for pages the background does not look at on
 * its own: the article in a page whose title is not Chinese gets its marks, cards and the popup's
 * usual controls; any other page is left exactly as it was; the browser's own pages and the
 * extension's get a clear answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { waitForDecision } from '../support/decisions';
import { SITES_DIR } from '../support/fixture-server';
import { CARD, mentionWithText, sourceAndLiveDom, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

/** The repost of the article, saved in a reader app that titles it in English. */
const READER_APP = { host: 'www.example-news.com', path: '/saved/transformer-authors' };
const SAVED_ARTICLE = readFileSync(join(SITES_DIR, 'www.xlszx.com/2024/03/25/transformer.html'), 'utf8').replace(
  /<title>[^<]*<\/title>/,
  '<title>Saved article · Reader</title>',
);

/** The popup as it opens over `page`: its "current tab" is that tab. */
async function openPopupOver(page: Page): Promise<Page> {
  const popup = await testbed.browser.context.newPage();
  // A popup page opened in a tab sees itself as the active tab; bring the page to the front after
  // loading so that the popup's query for the active tab answers that page, as it would.
  await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  return popup;
}

/** Clicks "Look for the article on this page" and returns what the popup then says. */
async function lookHere(popup: Page, answer: string): Promise<void> {
  const button = popup.getByRole('button', { name: en.popup.lookHere });
  await button.click();
  await expect.poll(() => popup.locator('.status').textContent()).toBe(answer);
}

describe('the popup’s look for the article', () => {
  it('finds the article on a page whose title is not Chinese: marks, cards and the usual controls follow', async () => {
    testbed.server.pages.set(`${READER_APP.host}${READER_APP.path}`, SAVED_ARTICLE);
    const page = await testbed.browser.context.newPage();
    await page.goto(`http://${READER_APP.host}:${testbed.server.port}${READER_APP.path}`);
    // On its own, the background does not look at a page without Chinese in its title.
    expect(await waitForDecision(testbed.browser, page)).toBe('skipped');
    expect(await page.locator('qx-mention, qx-overlay').count()).toBe(0);

    const popup = await openPopupOver(page);
    await expect.poll(() => popup.locator('.status').textContent()).toBe(en.popup.notDetected);
    await popup.getByRole('button', { name: en.popup.lookHere }).click();
    await expect.poll(() => popup.locator('.status').getAttribute('data-kind')).toBe('qbitai');
    expect(await popup.locator('.status').textContent()).toContain(en.popup.detectedQbitai);
    expect(await waitForDecision(testbed.browser, page)).toBe('article');

    await waitForAnnotations(page);
    await (await mentionWithText(page, '沙哥')).hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Noam Shazeer');
    // The popup's usual controls now apply to the page.
    await popup.locator('.show-cast').click();
    await page.locator('qx-overlay .roster').waitFor();
    await page.close();
  });

  it('says the article is not on a page that does not hold it, and leaves that page exactly as it was', async () => {
    const page = await testbed.browser.context.newPage();
    await page.goto(`http://www.example-news.com:${testbed.server.port}/sports/jones-gomez-kaiser.html`);
    expect(await waitForDecision(testbed.browser, page)).toBe('skipped');
    const popup = await openPopupOver(page);
    await lookHere(popup, en.popup.notFound);
    expect(await waitForDecision(testbed.browser, page)).toBe('not-article');
    const { source, live } = await sourceAndLiveDom(page);
    expect(live).toBe(source);
    expect(await page.locator('qx-mention, qx-overlay, qx-gloss, qx-cite').count()).toBe(0);
    // Still offered: a page may show more of itself later.
    expect(await popup.getByRole('button', { name: en.popup.lookHere }).isEnabled()).toBe(true);
    await page.close();
    await popup.close();
  });

  it.each([
    ['the browser’s own page', () => 'chrome://version/'],
    ['the extension’s own page', () => `chrome-extension://${testbed.browser.extensionId}/options.html`],
  ])('on %s, says the browser lets no extension in', async (_label, url) => {
    const page = await testbed.browser.context.newPage();
    await page.goto(url());
    const popup = await openPopupOver(page);
    await lookHere(popup, en.popup.notAllowed);
    expect(await popup.getByRole('button', { name: en.popup.lookHere }).count()).toBe(0);
    await page.close();
    await popup.close();
  });
});

/**
 * The reader view in Firefox ESR: the article sanitized by Firefox's own Element.setHTML, annotated
 * by the annotator.js it loads from the package, with working cards. Mirrors part of
 * tests/browser/reader-roster.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cardHeading, mentionWithText, useFirefoxTestbed, waitForAnnotations, waitUntil } from './support/firefox';

const testbed = useFirefoxTestbed();

describe('the reader view, in Firefox', () => {
  it('shows the article with its marks and working cards', async () => {
    const url = `http://www.qbitai.com:${testbed.server.port}/2024/03/transformer-authors.html`;
    const article = await testbed.firefox.open(url);
    await waitForAnnotations(article);
    const marksOnThePage = await article.evaluate(() => document.querySelectorAll('qx-mention').length);

    // The reader view is reader.html?tab=<the article's tab id>. Puppeteer cannot read Firefox's
    // tab ids, which are small numbers, so try each until the reader shows the article.
    let reader: Page | undefined;
    for (let tabId = 1; tabId <= 40 && !reader; tabId++) {
      const page = await testbed.firefox.open(testbed.firefox.extensionUrl(`reader.html?tab=${tabId}`));
      const state = await waitUntil(
        () => page.evaluate(() => (document.querySelector('article p') ? 'article' : (document.getElementById('status')?.textContent ?? ''))),
        // The status reads "Loading the article…" until the tab answers, then says the tab is gone.
        (value) => value === 'article' || (value !== '' && !value.startsWith('Loading')),
        { what: `the reader view for tab ${tabId}`, timeout: 5_000 },
      ).catch(() => 'none');
      if (state === 'article') reader = page;
      else await page.close();
    }
    if (!reader) throw new Error('no tab id opened the article in the reader view');
    await waitForAnnotations(reader);
    const text = await reader.evaluate(() => document.querySelector('article')!.textContent ?? '');
    expect(text).toContain('谷歌曾拥有整个AI王国的所有钥匙');
    await waitUntil(
      () => reader.evaluate(() => document.querySelectorAll('article qx-mention').length),
      (count) => count === marksOnThePage,
      { what: 'as many marks in the reader view as on the page' },
    );
    expect(await reader.evaluate(() => document.querySelectorAll('article script, article style, article [style], article [class]:not(qx-mention)').length)).toBe(0);

    await (await mentionWithText(reader, '囧哥')).hover();
    await waitUntil(() => cardHeading(reader), (heading) => heading?.h2 === 'Llion Jones', { what: 'the card for 囧哥' });
    for (const page of [article, reader]) await page.close();
  });
});

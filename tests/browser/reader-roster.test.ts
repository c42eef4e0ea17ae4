/**
 * The reader view (opened from the popup) with cards working in it, and the cast: counts equal to
 * the marks, and next/previous stepping through each person's mentions in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITES_DIR } from '../support/fixture-server';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const WECHAT = '/s/qbitai-transformer-authors/';

async function openArticle(): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(`http://mp.weixin.qq.com:${testbed.server.port}${WECHAT}`);
  await waitForAnnotations(page);
  return page;
}

/** The popup as it opens over a tab: its "current tab" is that tab. */
async function openPopupFor(article: Page): Promise<Page> {
  const tabId = await testbed.browser.tabIdOf(article);
  const popup = await testbed.browser.context.newPage();
  // A popup page opened in a tab sees itself as the active tab; bring the article to the front
  // after loading so that the popup's query for the active tab answers the article, as it would.
  await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
  await article.bringToFront();
  await popup.reload();
  await expect.poll(() => popup.locator('.status').getAttribute('data-kind')).toBe('qbitai');
  expect(await testbed.browser.inBackground(async () => 0, 0)).toBe(0);
  expect(tabId).toBeGreaterThan(0);
  return popup;
}

describe('the cast on the article page', () => {
  it('lists the eight authors first, in byline order, with counts equal to their marks', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(page);
    await popup.locator('.show-cast').click();
    const roster = page.locator('qx-overlay .roster');
    await roster.waitFor();
    const authors = await roster.locator('section').first().locator('.name').allTextContents();
    expect(authors).toEqual([
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit',
      'Llion Jones', 'Aidan Gomez', 'Łukasz Kaiser', 'Illia Polosukhin',
    ]);
    const counts = await roster.locator('.person').evaluateAll((rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.entry, Number(row.querySelector('.count')!.textContent)]),
    );
    const marked = await page.evaluate(() => {
      const first = [...document.querySelectorAll<HTMLElement>('qx-mention[data-qx-category="person"]')];
      const mentions = new Map<string, string>();
      for (const piece of first) mentions.set(piece.dataset.qxMention!, piece.dataset.qxEntry!);
      const perEntry: Record<string, number> = {};
      for (const entry of mentions.values()) perEntry[entry] = (perEntry[entry] ?? 0) + 1;
      return perEntry;
    });
    expect(Object.fromEntries(counts)).toEqual(marked);
    expect(marked['noam-shazeer']).toBeGreaterThan(10);
    await page.close();
    await popup.close();
  });

  it('steps through each mention of a person in order with next, and back with previous', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(page);
    await popup.locator('.show-cast').click();
    await popup.close();
    const row = page.locator('qx-overlay .person[data-entry="illia-polosukhin"]');
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('qx-mention[data-qx-entry="illia-polosukhin"]')]
        .map((piece) => piece.dataset.qxMention!)
        .filter((id, i, all) => all.indexOf(id) === i),
    );
    expect(expected.length).toBeGreaterThan(5);
    const flashed = () => page.evaluate(() => document.querySelector<HTMLElement>('qx-mention[data-qx-flash]')?.dataset.qxMention);
    for (const id of expected) {
      await row.locator('.next').click();
      await expect.poll(flashed).toBe(id);
      const inView = await page.locator(`qx-mention[data-qx-mention="${id}"]`).first().evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
    }
    await row.locator('.next').click(); // wraps around to the first
    await expect.poll(flashed).toBe(expected[0]);
    await row.locator('.previous').click(); // and back to the last
    await expect.poll(flashed).toBe(expected[expected.length - 1]);
    // Keyboard: the buttons are reachable and work with Enter.
    await row.locator('.previous').focus();
    await page.keyboard.press('Enter');
    await expect.poll(flashed).toBe(expected[expected.length - 2]);
    await page.close();
  });
});

describe('the reader view', () => {
  it('opens from the popup with the article, its references and working cards, and the cast open', async () => {
    const article = await openArticle();
    const popup = await openPopupFor(article);
    const [reader] = await Promise.all([testbed.browser.context.waitForEvent('page'), popup.locator('.open-reader').click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/reader\.html\?tab=\d+$/);
    await waitForAnnotations(reader);
    expect(await reader.locator('h1').textContent()).toContain('Transformer作者公开承认参与Q*');
    expect(await reader.locator('.original').getAttribute('href')).toBe(`http://mp.weixin.qq.com:${testbed.server.port}${WECHAT}`);
    // Only the article: not the page's recommendations or comments.
    const text = await reader.locator('article').innerText();
    expect(text).toContain('谷歌曾拥有整个AI王国的所有钥匙');
    expect(text).not.toContain('喜欢此内容的人还喜欢');
    expect(await reader.locator('article a[data-qx-reference]').count()).toBe(3);
    await (await mentionWithText(reader, '囧哥')).hover();
    await expect.poll(() => reader.locator(CARD).locator('h2').textContent()).toBe('Llion Jones');
    expect(await reader.locator('qx-overlay .roster').count()).toBe(1);
    await article.close();
    await reader.close();
  });

  it('remembers the text size', async () => {
    const article = await openArticle();
    const tabId = await testbed.browser.tabIdOf(article);
    const reader = await testbed.browser.context.newPage();
    await reader.goto(`chrome-extension://${testbed.browser.extensionId}/reader.html?tab=${tabId}`);
    await waitForAnnotations(reader);
    const size = () => reader.locator('article p').first().evaluate((p) => getComputedStyle(p).fontSize);
    expect(await size()).toBe('18px');
    await reader.locator('.larger').click();
    await reader.locator('.larger').click();
    await expect.poll(size).toBe('22px');
    await reader.reload();
    await waitForAnnotations(reader);
    expect(await size()).toBe('22px');
    await article.close();
    await reader.close();
  });

  it('says what to do when the article’s tab is gone', async () => {
    const reader = await testbed.browser.context.newPage();
    await reader.goto(`chrome-extension://${testbed.browser.extensionId}/reader.html?tab=999999`);
    await expect.poll(() => reader.locator('#status').textContent()).toMatch(/closed or reloaded/);
    await reader.close();
  });
});

describe('the reader view of a page with hostile markup in the article', () => {
  it('shows the text and images, without handlers, scripts, frames, forms or the page’s styles', async () => {
    const { port } = testbed.server;
    const repost = readFileSync(join(SITES_DIR, 'www.xlszx.com/2024/03/25/transformer.html'), 'utf8');
    // Inline in one paragraph: what Readability keeps. Blocks after another: what it may drop itself.
    const inline =
      `<img src="http://www.xlszx.com:${port}/none.png" alt="图" onerror="window.pwned=1">` +
      `<span onclick="window.pwned=1" style="color:red" class="x" id="y">点这里</span>`;
    const blocks =
      `<svg onload="window.pwned=1"><circle r="5"></circle></svg>` +
      `<iframe src="http://www.example-news.com:${port}/sports/jones-gomez-kaiser.html"></iframe>` +
      `<object data="http://www.xlszx.com:${port}/none.swf"></object><form action="/steal"><input name="q"></form>`;
    const paragraph = '<p>这几天除了英伟达老黄组局把Transformer作者聚齐';
    const blockAfter = '神秘Q*,成了OpenAI当前最需要保守的秘密之一。</p>';
    expect(repost).toContain(paragraph);
    expect(repost).toContain(blockAfter);
    testbed.server.pages.set(
      'www.xlszx.com/2024/03/25/hostile.html',
      repost.replace(paragraph, `${paragraph}${inline}`).replace(blockAfter, `${blockAfter}${blocks}`),
    );
    const article = await testbed.browser.context.newPage();
    await article.goto(`http://www.xlszx.com:${port}/2024/03/25/hostile.html`);
    await waitForAnnotations(article);
    // The hostile markup is in the page's article (Readability keeps it), so the reader view gets it.
    expect(await article.locator('img[onerror], span[onclick]').count()).toBe(2);

    const reader = await testbed.browser.context.newPage();
    await reader.goto(`chrome-extension://${testbed.browser.extensionId}/reader.html?tab=${await testbed.browser.tabIdOf(article)}`);
    await waitForAnnotations(reader);
    const body = reader.locator('article');
    expect(await body.textContent()).toContain('点这里');
    expect(await body.locator('img[alt="图"]').count()).toBe(1);
    const leftovers = await body.locator('[onerror], [onclick], [onload], [style], [class], [id]').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
    expect(leftovers).toEqual([]);
    expect(await body.locator('script, iframe, object, form, input').count()).toBe(0);
    expect(await body.locator('svg circle').count()).toBe(1); // a drawing stays, its handler does not
    expect(await reader.evaluate(() => 'pwned' in window)).toBe(false);
    await article.close();
    await reader.close();
  });
});

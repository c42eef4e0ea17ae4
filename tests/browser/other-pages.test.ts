/** The Wired story gets cards the other way round; every other page is left exactly as it was. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, mentionWithText, sourceAndLiveDom, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

describe('the Wired story', () => {
  const WIRED = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';

  it.each([
    ['Noam Shazeer', '沙哥'],
    ['Shazeer', '沙哥'],
    ['Gomez', '割麦子'],
    ['Jones', '囧哥'],
    ['Jensen Huang', '老黄'],
  ])('hovering %s shows the Chinese nickname %s', async (name, nickname) => {
    const page = await testbed.browser.context.newPage();
    await page.goto(`http://www.wired.com:${testbed.server.port}${WIRED}`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, name)).hover();
    await expect.poll(() => page.locator(CARD).locator('.nickname-text').textContent()).toBe(nickname);
    await page.close();
  });
});

describe.each([
  ['a Chinese page using 沙哥, 凯哥 and 老黄 for other people', 'www.sohu.com', '/a/unrelated-shage.html'],
  ['an English page about people called Jones, Gomez and Kaiser', 'www.example-news.com', '/sports/jones-gomez-kaiser.html'],
  ['a page that borrows the article’s title', 'www.zhihu.com', '/question/transformer-title.html'],
])('%s', (_label, host, path) => {
  let page: Page;
  beforeAll(async () => {
    page = await testbed.browser.context.newPage();
    await page.goto(`http://${host}:${testbed.server.port}${path}`);
    // Give the detector (document_idle) and any injected script ample time to act, if they were going to.
    await page.waitForTimeout(1500);
  });
  afterAll(() => page.close());

  it('keeps the DOM byte-for-byte as the source parses', async () => {
    const { source, live } = await sourceAndLiveDom(page);
    expect(live).toBe(source);
  });

  it('shows no mark and no card on hover', async () => {
    expect(await page.locator('qx-mention, qx-overlay, qx-gloss').count()).toBe(0);
    await page.locator('p').first().hover();
    await page.waitForTimeout(600);
    expect(await page.locator(CARD).count()).toBe(0);
  });
});

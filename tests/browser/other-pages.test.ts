/** The Wired story gets cards the other way round; every other page is left exactly as it was. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDecision } from '../support/decisions';
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
  ['a Chinese page using 沙哥, 凯哥 and 老黄 for other people', 'www.sohu.com', '/a/unrelated-shage.html', 'not-article'],
  ['an English page about people called Jones, Gomez and Kaiser', 'www.example-news.com', '/sports/jones-gomez-kaiser.html', 'skipped'],
  ['a page that borrows the article’s title', 'www.zhihu.com', '/question/transformer-title.html', 'not-article'],
])('%s', (_label, host, path, expected) => {
  let page: Page;
  let decision: string;
  beforeAll(async () => {
    page = await testbed.browser.context.newPage();
    await page.goto(`http://${host}:${testbed.server.port}${path}`);
    // Once decided, the extension does nothing more to a page that is not the article.
    decision = await waitForDecision(testbed.browser, page);
  });
  afterAll(() => page.close());

  it(`is decided as ${expected}`, () => {
    expect(decision).toBe(expected);
  });

  it('keeps the DOM byte-for-byte as the source parses', async () => {
    const { source, live } = await sourceAndLiveDom(page);
    expect(live).toBe(source);
  });

  it('has no mark to hover and no card overlay', async () => {
    expect(await page.locator('qx-mention, qx-overlay, qx-gloss, qx-cite').count()).toBe(0);
  });
});

/**
 * In Firefox ESR, pages that are not the article are left exactly as they were: no mark, no card,
 * the DOM byte-for-byte as the source parses. Mirrors part of tests/browser/other-pages.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDecisionInFirefox } from './support/decisions';
import { useFirefoxTestbed, waitForAnnotations } from './support/firefox';

const testbed = useFirefoxTestbed();

/** Serialises the page's DOM as the source HTML parses, and as it is live, for byte-for-byte comparison. */
function sourceAndLiveDom(page: Page): Promise<{ source: string; live: string }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return { source: parsed.documentElement.outerHTML, live: document.documentElement.outerHTML };
  });
}

it('control: the extension is live in this Firefox (the article gets marks)', async () => {
  const page = await testbed.firefox.open(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
  await waitForAnnotations(page);
  await page.close();
});

describe.each([
  ['a Chinese page using 沙哥, 凯哥 and 老黄 for other people', 'www.sohu.com', '/a/unrelated-shage.html', 'not-article'],
  ['an English page about people called Jones, Gomez and Kaiser', 'www.example-news.com', '/sports/jones-gomez-kaiser.html', 'skipped'],
  ['a page that borrows the article’s title', 'www.zhihu.com', '/question/transformer-title.html', 'not-article'],
])('%s, in Firefox', (_label, host, path, expected) => {
  let page: Page;
  let decision: string;
  beforeAll(async () => {
    page = await testbed.firefox.open(`http://${host}:${testbed.server.port}${path}`);
    // Once decided, the extension does nothing more to a page that is not the article.
    decision = await waitForDecisionInFirefox(testbed.firefox, page);
  });
  afterAll(() => page?.close());

  it(`is decided as ${expected}`, () => {
    expect(decision).toBe(expected);
  });

  it('keeps the DOM byte-for-byte as the source parses', async () => {
    const { source, live } = await sourceAndLiveDom(page);
    expect(live).toBe(source);
  });

  it('has no mark to hover and no card overlay', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('qx-mention, qx-overlay, qx-gloss, qx-cite').length)).toBe(0);
  });
});

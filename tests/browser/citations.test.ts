/**
 * Passage citations: markers on the article open the source at the exact passage (a text fragment
 * whose words the cited page really has), and markers on the Wired story come back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import citations from '../../src/citations/citations.json';
import { waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const WECHAT = '/s/qbitai-transformer-authors/';
const WIRED = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';
const TAIWAN = '/news/20240326/transformer-authors.html';

async function open(host: string, path: string): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(`http://${host}:${testbed.server.port}${path}`);
  await waitForAnnotations(page);
  return page;
}

/** The terms of a `#:~:text=` directive, decoded: [prefix-,]start[,end][,-suffix]. */
function fragmentTerms(href: string): string[] {
  const directive = href.split('#:~:text=')[1] ?? '';
  return directive
    .split(',')
    .map((term) => term.replace(/^-/, '').replace(/-$/, ''))
    .map((term) => decodeURIComponent(term))
    .filter(Boolean);
}

/** Waits until the copy at `url` has stored at least `count` cited passages in its own words. */
function waitForStoredPassages(url: string, count: number): Promise<void> {
  return vi.waitFor(
    async () => {
      const { lastArticlePassages } = await testbed.browser.inBackground(
        () => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get('lastArticlePassages'),
        0,
      );
      const stored = lastArticlePassages as { url?: string; passages?: object } | undefined;
      expect(stored?.url).toBe(url);
      expect(Object.keys(stored?.passages ?? {}).length).toBeGreaterThanOrEqual(count);
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** The page's visible text, as a browser matches text fragments against it: any case, spaces folded. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').toLowerCase());

describe('on the article', () => {
  it('puts a marker at every mapped passage, numbered as the article’s reference list', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const markers = await page.locator('qx-cite a').evaluateAll((links) =>
      links.map((a) => ({ id: (a.parentElement as HTMLElement).dataset.qxCitation, text: a.textContent, href: (a as HTMLAnchorElement).href })),
    );
    expect(markers.map((marker) => marker.id).sort()).toEqual(citations.citations.map((citation) => citation.id).sort());
    for (const marker of markers) {
      const source = citations.citations.find((citation) => citation.id === marker.id)!.source;
      expect(marker.text).toBe({ wired: '[1]', youtube: '[2]', semianalysis: '[3]' }[source]);
      expect(marker.href.startsWith(citations.sources[source as keyof typeof citations.sources].url)).toBe(true);
    }
    // Each marker sits right after the passage it cites.
    const placement = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('qx-cite')].map((marker) => {
        const range = document.createRange();
        range.setStart(marker.closest('p, section, div')!, 0);
        range.setEndBefore(marker);
        return [marker.dataset.qxCitation, range.toString()];
      }),
    );
    for (const [id, before] of placement) {
      const quote = citations.citations.find((citation) => citation.id === id)!.article.quote;
      expect(before!.endsWith(quote), id).toBe(true);
    }
    await page.close();
  });

  it('links each Wired citation to words the Wired page really has', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const hrefs = await page.locator('qx-cite a[href*="wired.com"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(15);
    const wired = await open('www.wired.com', WIRED);
    const text = await visibleText(wired);
    for (const href of hrefs) {
      const terms = fragmentTerms(href);
      expect(terms.length, href).toBeGreaterThan(0);
      for (const term of terms) expect(text, href).toContain(term.replace(/\s+/g, ' ').toLowerCase());
    }
    await page.close();
    await wired.close();
  });
});

describe('on a Traditional copy of the article', () => {
  it('puts a marker at every mapped passage, right after it', async () => {
    const page = await open('www.twtechnews.com.tw', TAIWAN);
    const ids = await page.locator('qx-cite').evaluateAll((markers) => markers.map((marker) => (marker as HTMLElement).dataset.qxCitation));
    expect(ids.sort()).toEqual(citations.citations.map((citation) => citation.id).sort());
    await page.close();
  });
});

describe('on the Wired story', () => {
  it('links back, with no fragment, to a search for the article when the reader has opened no copy', async () => {
    const browser = testbed.browser;
    await browser.inBackground(
      () => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.remove(['lastArticleUrl', 'lastArticlePassages']),
      0,
    );
    const wired = await open('www.wired.com', WIRED);
    const links = await wired.locator('qx-cite a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(15);
    for (const href of links) expect(href).toBe(citations.articleUrls.qbitai);
    await wired.close();
  });

  it.each([
    ['a Traditional copy in the words that copy uses', 'www.twtechnews.com.tw', TAIWAN],
    ['the copy of the article the reader opened, at the retold passage', 'mp.weixin.qq.com', WECHAT],
  ])('links mapped passages back to %s', async (_, host, path) => {
    const article = await open(host, path);
    const articleText = await visibleText(article);
    const wiredCitations = citations.citations.filter((citation) => citation.source === 'wired');
    await waitForStoredPassages(article.url(), wiredCitations.length);
    const wired = await open('www.wired.com', WIRED);
    const links = await wired.locator('qx-cite a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(wiredCitations.length);
    for (const href of links) {
      expect(href.startsWith(`http://${host}:${testbed.server.port}${path}#:~:text=`), href).toBe(true);
      const [quote] = fragmentTerms(href);
      expect(articleText).toContain(quote!.toLowerCase());
    }
    await article.close();
    await wired.close();
  });
});

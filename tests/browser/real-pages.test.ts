/**
 * The article as readers meet it on real pages no one on the team wrote: saved pages of a WeChat
 * account, Taiwan's Central News Agency, a cnblogs blog and Tencent News, with QbitAI's article
 * spliced in (full-width punctuation as real copies write it; Traditional on the CNA page). Their
 * own inline CSS, scripts and hydration data stay: 430 KB of style before the WeChat body, the
 * whole article again in Tencent's `window.DATA` before the rendered one, whose paragraphs are
 * `div`s. Origins and edits: tests/fixtures/README.md.
 */
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import citations from '../../src/citations/citations.json';
import { waitForDecision, type FinalDecision } from '../support/decisions';
import { CARD, EIGHT_AUTHORS, generation, mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

interface RealPage {
  label: string;
  host: string;
  path: string;
  script: 'simplified' | 'traditional';
  /** Where the article's body is: every mark must be inside it. */
  body: string;
  /** The site's own navigation, sidebars, related lists, comments and footer. */
  furniture: string[];
  /** A script that holds the article's text as data, before the rendered article. */
  dataScript?: string;
}

const REAL_PAGES: RealPage[] = [
  {
    label: 'a real WeChat page with 430 KB of inline CSS before the body',
    host: 'mp.weixin.qq.com',
    path: '/s/real-shell-transformer-authors/',
    script: 'simplified',
    body: '#js_content',
    furniture: ['#meta_content', '#js_profile_qrcode', '#js_toobar3', '#js_like_comment', '#js_cmt_container', '#js_pc_qr_code'],
  },
  {
    label: 'Taiwan’s Central News Agency, in Traditional Chinese',
    host: 'www.cna.com.tw',
    path: '/news/aipl/202302210388.aspx',
    script: 'traditional',
    body: 'article .centralContent > .paragraph:not(.moreArticle, .bottomBox, .appDownload)',
    furniture: ['header.menu', '.TemasBreadcrumb', '.TemasBlock', '.centralContent .media', '.articlekeywordGroup', '.moreArticle', '.bottomBox', 'footer'],
  },
  {
    label: 'a cnblogs blog post',
    host: 'www.cnblogs.com',
    path: '/good-looking-hk/p/18182241',
    script: 'simplified',
    body: '#cnblogs_post_body',
    furniture: ['#top_nav', '#navigator', '#blog_post_info_block', '#post_next_prev', '#comment_form', '#sideBar', '#footer'],
  },
  {
    label: 'Tencent News: div paragraphs, and the article also in its hydration data',
    host: 'new.qq.com',
    path: '/rain/a/20240513A00GCM00',
    script: 'simplified',
    body: '#ArticleContent',
    furniture: ['#TopNav', '#LeftTool', '#ArticleAuthor', '#Status', '#Comment', '#Foot', '#GoTop'],
    dataScript: 'head > script:not([src])',
  },
];

const WIRED = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A citation's quote as the copy writes it, compared whatever the punctuation width (NFKC). */
const fold = (text: string) => text.normalize('NFKC');
const quoteOn = (page: RealPage, quote: string) => fold(page.script === 'traditional' ? toTaiwan(quote) : quote);

/** The terms of a `#:~:text=` directive, decoded: [prefix-,]start[,end][,-suffix]. */
function fragmentTerms(href: string): string[] {
  const directive = href.split('#:~:text=')[1] ?? '';
  return directive
    .split(',')
    .map((term) => decodeURIComponent(term.replace(/^-/, '').replace(/-$/, '')))
    .filter(Boolean);
}

/** The page's visible text, as a browser matches text fragments against it: any case, spaces folded. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').toLowerCase());

/** The served HTML, parsed as the browser parsed it, and the live document: the same selectors in each. */
function servedAndLive(page: Page, selectors: string[]): Promise<{ served: string[][]; live: string[][] }> {
  return page.evaluate(async (wanted) => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const pick = (doc: Document) => wanted.map((selector) => [...doc.querySelectorAll(selector)].map((element) => element.outerHTML));
    return { served: pick(served), live: pick(document) };
  }, selectors);
}

/**
 * Every script, style, template and noscript the page was served, with its text, and whether the
 * live document still has each of them in order with the same text (the page's own scripts may
 * add more; that is not ours to judge).
 */
function codeKeptAsServed(page: Page): Promise<{ served: number; missing: string[]; elementsInside: number }> {
  return page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const CODE = 'script, style, template, noscript';
    const text = (element: Element) => (element instanceof HTMLTemplateElement ? element.innerHTML : element.textContent ?? '');
    const live = [...document.querySelectorAll(CODE)];
    let at = 0;
    const missing: string[] = [];
    for (const element of served.querySelectorAll(CODE)) {
      const found = live.findIndex((candidate, index) => index >= at && candidate.localName === element.localName && text(candidate) === text(element));
      if (found < 0) missing.push(`${element.localName}: ${text(element).slice(0, 80)}`);
      else at = found + 1;
    }
    const elementsInside = document.querySelectorAll('script *, style *, noscript *, title *, textarea *').length;
    return { served: served.querySelectorAll(CODE).length, missing, elementsInside };
  });
}

const testbed = useTestbed();
const urlOf = (page: RealPage) => `http://${page.host}:${testbed.server.port}${page.path}`;

describe.each(REAL_PAGES)('on $label', (realPage) => {
  let page: Page;
  let decision: FinalDecision;
  beforeAll(async () => {
    page = await testbed.browser.context.newPage();
    await page.goto(urlOf(realPage));
    decision = await waitForDecision(testbed.browser, page, { timeout: 20_000 });
    // Marking follows the decision; where it never comes, the tests below say what is missing.
    if (decision === 'article') await waitForAnnotations(page).catch(() => undefined);
  });
  afterAll(() => page.close());

  it('is recognised as the article and marked', async () => {
    expect(decision).toBe('article');
    expect(await generation(page)).toBeGreaterThan(0);
  });

  it.each(EIGHT_AUTHORS)('marks $nickname, and hovering it opens the card of $name', async ({ nickname, traditional, name }) => {
    const mention = await mentionWithText(page, realPage.script === 'traditional' ? traditional : nickname);
    await mention.hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  it('marks nothing outside the article’s body', async () => {
    const marks = await page.evaluate((body) => {
      const all = [...document.querySelectorAll('qx-mention')];
      return { all: all.length, outside: all.filter((mark) => !mark.closest(body)).map((mark) => mark.textContent) };
    }, realPage.body);
    expect(marks.all).toBeGreaterThan(50);
    expect(marks.outside).toEqual([]);
  });

  it('leaves the site’s navigation, sidebars, related lists, comments and footer exactly as served', async () => {
    // Offline, these pages' own scripts leave these parts as served (checked with no extension
    // loaded), so any difference here is ours.
    const { served, live } = await servedAndLive(page, realPage.furniture);
    for (const [index, selector] of realPage.furniture.entries()) {
      expect(served[index]!.length, `${selector} is on the page`).toBeGreaterThan(0);
      expect(live[index], selector).toEqual(served[index]);
    }
  });

  it('changes nothing inside scripts, styles, templates or data', async () => {
    const code = await codeKeptAsServed(page);
    expect(code.served).toBeGreaterThan(0);
    expect(code.missing).toEqual([]);
    expect(code.elementsInside).toBe(0);
  });

  if (realPage.dataScript) it('marks the rendered article, not its copy in the hydration data that comes first', async () => {
    const data = await page.evaluate(
      ([selector, body]) => {
        const script = [...document.querySelectorAll(selector!)].find((element) => element.textContent!.includes('后简称沙哥'));
        const article = document.querySelector(body!)!;
        return {
          holdsTheArticle: script !== undefined,
          before: script ? Boolean(script.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING) : false,
          marksInRenderedCopy: article.querySelectorAll('qx-mention').length,
        };
      },
      [realPage.dataScript, realPage.body],
    );
    expect(data).toMatchObject({ holdsTheArticle: true, before: true });
    expect(data.marksInRenderedCopy).toBeGreaterThan(50);
  });

  it('puts a citation marker after every passage the article cites, numbered as its reference list', async () => {
    const markers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('qx-cite')].map((marker) => {
        const range = document.createRange();
        range.setStart(marker.closest('p, section, div, li, blockquote')!, 0);
        range.setEndBefore(marker);
        const link = marker.querySelector('a')!;
        return { id: marker.dataset.qxCitation!, label: link.textContent, href: link.href, before: range.toString() };
      }),
    );
    expect(markers.map((marker) => marker.id).sort()).toEqual(citations.citations.map((citation) => citation.id).sort());
    for (const marker of markers) {
      const citation = citations.citations.find((candidate) => candidate.id === marker.id)!;
      expect(marker.label, marker.id).toBe({ wired: '[1]', youtube: '[2]', semianalysis: '[3]' }[citation.source]);
      expect(marker.href.startsWith(citations.sources[citation.source as keyof typeof citations.sources].url), marker.id).toBe(true);
      expect(fold(marker.before).endsWith(quoteOn(realPage, citation.article.quote)), `${marker.id} after “${marker.before.slice(-30)}”`).toBe(true);
    }
  });

  it('is where the Wired story links back to, at passages this copy really has', async () => {
    // The copy last opened is the one linked back to: open it again, then the Wired story.
    const copy = await testbed.browser.context.newPage();
    await copy.goto(urlOf(realPage));
    expect(await waitForDecision(testbed.browser, copy, { timeout: 20_000 })).toBe('article');
    await waitForAnnotations(copy);
    const copyText = await visibleText(copy);
    const wired = await testbed.browser.context.newPage();
    await wired.goto(`http://www.wired.com:${testbed.server.port}${WIRED}`);
    await waitForAnnotations(wired);
    const links = await wired.locator('qx-cite a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toHaveLength(citations.citations.filter((citation) => citation.source === 'wired').length);
    const notOnTheCopy: string[] = [];
    for (const href of links) {
      expect(href.startsWith(`${copy.url()}#:~:text=`), href).toBe(true);
      for (const term of fragmentTerms(href)) if (!copyText.includes(term.replace(/\s+/g, ' ').toLowerCase())) notOnTheCopy.push(term);
    }
    expect(notOnTheCopy).toEqual([]);
    await wired.close();
    await copy.close();
  });
});

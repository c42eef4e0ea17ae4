// @vitest-environment happy-dom
/**
 * Finding the article from its passages, then Readability on that part of the page only: on every
 * copy of the article among the fixtures, with and without a long comment section after it, and on
 * pages built to mislead it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeBigChinesePage } from '../../tests/fixtures/big-page.mjs';
import { anchorArticle } from './anchor';
import { locateArticle, readArticleScope } from './article-scope';

/** Both steps of finding the article, as the annotator takes them. */
const findArticleScope = (doc: Document) => readArticleScope(doc, locateArticle(doc));
import { isRegionTooLarge, isTooLarge, measurePage, PAGE_LIMITS } from './page-size';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const articleLines = read('article/qbitai-transformer-authors.txt').split('\n');
const TITLE = 'OpenAI公关跳起来捂他嘴:Transformer作者公开承认参与Q*';

/** Every copy of the article among the fixtures: where its body, title and byline are. */
const COPIES = [
  { name: 'WeChat', path: 'sites/mp.weixin.qq.com/s/qbitai-transformer-authors/index.html', body: '#js_content', heading: '#activity-name', title: TITLE, byline: '梦晨', furniture: '#js_related_area, #js_cmt_area' },
  { name: 'qbitai.com', path: 'sites/www.qbitai.com/2024/03/transformer-authors.html', body: 'div.article', heading: 'h1.entry-title', title: TITLE, byline: '作者:梦晨', furniture: '#secondary, #masthead' },
  { name: 'xlszx repost', path: 'sites/www.xlszx.com/2024/03/25/transformer.html', body: 'div.entry-content', heading: 'h1.entry-title', title: `${TITLE} - 新零售资讯站`, byline: '投稿:量子位', furniture: '#related, #sidebar, #left-nav' },
  {
    name: 'twtechnews repost (Traditional)',
    path: 'sites/www.twtechnews.com.tw/news/20240326/transformer-authors.html',
    body: '#news-body',
    heading: '.news-header h1',
    title: 'OpenAI公關跳起來捂他嘴:Transformer作者公開承認參與Q* | 台科新聞網',
    byline: null,
    furniture: '#more-news, #sidebar',
  },
] as const;

function load(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // WeChat's own script reveals the body once the page has loaded; the annotator runs after that.
  doc.getElementById('js_content')?.style.setProperty('visibility', 'visible');
  return doc;
}

/** Reader comments after the article, about `chars` characters of them, one quoting it and naming 沙哥. */
function comments(chars: number): string {
  const quote = '<li class="comment"><p>“谷歌曾拥有整个AI王国的所有钥匙，却弄丢了钥匙链。”说得好，转给宿舍的沙哥看看。</p></li>';
  const filler = '<li class="comment"><p>' + '评论区的闲聊，与文章无关。'.repeat(20) + '</p></li>';
  return `<section id="test-comments"><ul>${quote}${filler.repeat(Math.ceil(chars / 260))}</ul></section>`;
}

const withComments = (html: string, chars: number) => html.replace('</body>', `${comments(chars)}</body>`);

/** The fixture's own furniture that must stay out of the article. */
const inComments = (element: Element) => element.closest('#test-comments') !== null;

describe('anchoring the article on every copy among the fixtures', () => {
  it.each(COPIES)('$name: the region holds the body, its title and its byline, and not the comments after it nor the site’s furniture', ({ path, body, heading, furniture }) => {
    for (const html of [read(path), withComments(read(path), 50_000)]) {
      const doc = load(html);
      const anchor = anchorArticle(doc)!;
      expect(anchor.region.contains(doc.querySelector(body))).toBe(true);
      expect(anchor.region.contains(doc.querySelector(heading))).toBe(true);
      expect(anchor.region.contains(doc.getElementById('test-comments'))).toBe(false);
      expect(doc.querySelectorAll(furniture)).not.toHaveLength(0);
      for (const element of doc.querySelectorAll(furniture)) expect(anchor.region.contains(element), element.id).toBe(false);
      expect(anchor.passageNodes.length).toBeGreaterThanOrEqual(11);
    }
  });

  it.each(COPIES)('$name: Readability on the region finds the article, its title and byline', async ({ path, body, title, byline }) => {
    const doc = load(withComments(read(path), 50_000));
    const scope = findArticleScope(doc)!;
    const bodyElement = doc.querySelector(body)!;
    const paragraphs = [...bodyElement.querySelectorAll('p')].filter((p) => p.textContent!.trim() !== '');
    const held = paragraphs.filter((p) => scope.elements.has(p));
    expect(held.length / paragraphs.length).toBeGreaterThan(0.95);
    expect([...scope.elements].some(inComments)).toBe(false);
    expect(scope.title).toBe(title);
    expect(scope.byline).toBe(byline);
    const text = scope.content.textContent!;
    expect(text).toMatch(/公开承认了|公開承認了/);
    expect(text).toMatch(/弄丢了钥匙链|弄丟了鑰匙鏈/);
    expect(text).not.toContain('评论区的闲聊');
  });

  it.each(COPIES)('$name: is found and read with megabytes of comments after it, past the page limits', async ({ path }) => {
    const doc = load(withComments(read(path), PAGE_LIMITS.characters + 100_000));
    expect(isTooLarge(measurePage(doc))).toBe(true);
    const anchor = anchorArticle(doc)!;
    expect(isRegionTooLarge(anchor.region)).toBe(false);
    const scope = findArticleScope(doc)!;
    expect(scope.content.textContent).toMatch(/弄丢了钥匙链|弄丟了鑰匙鏈/);
    expect([...scope.elements].some(inComments)).toBe(false);
    expect(scope.elements.size).toBeGreaterThan(100);
  });
});

/** The article as plain paragraphs, lines from..to of the project's copy (1-based, inclusive). */
function paragraphs(from: number, to: number): string {
  return articleLines
    .slice(from - 1, to)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line}</p>`)
    .join('');
}

function page(body: string, title = 'OpenAI公关跳起来捂他嘴:Transformer作者公开承认参与Q*'): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

describe('anchoring on pages built to mislead it', () => {
  it('takes in a lead that sits apart from the paragraphs with the passages', () => {
    const doc = load(
      page(`<nav>首页 资讯</nav><div id="post"><div id="lead">${paragraphs(2, 30)}</div><div id="rest">${paragraphs(31, 221)}</div></div>${comments(20_000)}`),
    );
    // Readability may still leave the lead out: what is the article is its call, on the region.
    expect(anchorArticle(doc)!.region.id).toBe('post');
  });

  it('is not drawn off by a passage quoted in a teaser before the article or in comments after it', () => {
    const teaser = '<aside id="teaser"><p>热门：谷歌曾拥有整个AI王国的所有钥匙，却弄丢了钥匙链</p></aside>';
    const notices = '<p>站点公告。</p>'.repeat(4_000);
    const doc = load(page(`${teaser}${notices}<div id="post">${paragraphs(2, 221)}</div>${comments(30_000)}`));
    expect(anchorArticle(doc)!.region.id).toBe('post');
  });

  it('does not take a copy of the article in a script’s data for the article', () => {
    const data = JSON.stringify({ content: articleLines.slice(1, 221).join('\n') });
    const doc = load(page(`<script type="application/json">${data}</script><div id="post">${paragraphs(2, 221)}</div>`));
    const post = doc.getElementById('post')!;
    expect(anchorArticle(doc)!.passageNodes.every((node) => post.contains(node))).toBe(true);
  });

  it('gives up when the article and a comment thread past the limits share one container, so the page counts as too large', async () => {
    const filler = `<p>${'评论区的闲聊，与文章无关。'.repeat(50)}</p>`;
    const doc = load(page(`<div id="post">${paragraphs(2, 221)}${filler.repeat(Math.ceil((PAGE_LIMITS.characters + 50_000) / 650))}</div>`));
    expect(anchorArticle(doc)!.region.contains(doc.getElementById('post'))).toBe(true);
    expect(isRegionTooLarge(anchorArticle(doc)!.region)).toBe(true);
    expect(findArticleScope(doc)).toBeNull();
    expect(isTooLarge(measurePage(doc))).toBe(true);
  });

  it('finds nothing on a big unrelated page', () => {
    const doc = load(makeBigChinesePage(1_500_000));
    expect(anchorArticle(doc)).toBeNull();
  });

  it('finds nothing on a page that quotes two passages', () => {
    const doc = load(page('<article><p>小标题是“谷歌害怕Siri抢饭碗”，还提到七肢桶。</p></article>', '读后感'));
    expect(anchorArticle(doc)).toBeNull();
  });
});

describe('the article on a big unrelated page', () => {
  it('is found in its own part of the page, whatever comes after it', async () => {
    const big = makeBigChinesePage(1_000_000);
    const html = big.replace('<main class="main" id="handbook">', `<div id="post"><h1>OpenAI公关跳起来捂他嘴</h1>${paragraphs(2, 221)}</div><main class="main" id="handbook">`);
    const doc = load(html);
    expect(anchorArticle(doc)!.region.id).toBe('post');
    const scope = findArticleScope(doc)!;
    expect([...scope.elements].some((element) => element.closest('#handbook'))).toBe(false);
  });
});

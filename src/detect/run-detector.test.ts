// @vitest-environment happy-dom
/**
 * The detector's run in a page, as the background injects it: its verdict (the script's result),
 * when it asks for the annotator, and when it watches an app shell for the article to arrive. On the
 * fixture pages and a fake clock.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDetector, type DetectorState } from './run-detector';
import { MAX_RECHECKS, RECHECK_DELAY_MS, WATCH_MS } from './watch-for-article';

const SITES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/sites/');
const site = (path: string) => readFileSync(join(SITES, path), 'utf8');
const QBITAI = site('www.qbitai.com/2024/03/transformer-authors.html');
const ARTICLE_HTML = /<article\b[\s\S]*<\/article>/.exec(QBITAI)![0];
const APP_SHELL = '<!doctype html><html><head><title>科技快讯 · 阅读</title></head><body><main id="app"><p>加载中…</p></main></body></html>';

/** Puts a page in the test's document, at its address, as if the browser had loaded it. */
function load(url: string, html: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.remove();
  document.append(document.adoptNode(parsed.documentElement));
}

/** The app shell's script putting its content in. */
function render(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.getElementById('app')!.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

let state: DetectorState;
let announce: ReturnType<typeof vi.fn<() => void>>;
const detect = () => runDetector(state, announce);

beforeEach(() => {
  vi.useFakeTimers();
  state = {};
  announce = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('the detector on a loaded page', () => {
  it('says "article" on the article and asks for the annotator once', () => {
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI);
    expect(detect()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('says "article" where 340 KB of inline CSS and 2 MB of inline script come before the article, as on real portals', () => {
    const css = '.rich_media_content .js_img_placeholder{display:inline-block;margin:0 auto}'.repeat(4_500);
    const script = 'var msg_title="量子位",msg_desc="",ct="1711343280";'.repeat(40_000);
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI.replace('</head>', '<style></style></head>').replace(/<body([^>]*)>/, '<body$1><script></script>'));
    document.querySelector('style')!.textContent = css;
    document.querySelector('body > script')!.textContent = script;
    expect(css.length + script.length).toBeGreaterThan(2_000_000);
    expect(detect()).toBe('article');
  });

  it('watches an app shell whose inline scripts run to megabytes while it shows nothing yet', async () => {
    load('https://reader.example.com/s/1', APP_SHELL.replace('</body>', '<script id="__NEXT_DATA__" type="application/json"></script></body>'));
    document.getElementById('__NEXT_DATA__')!.textContent = JSON.stringify({ props: { feed: '科技快讯'.repeat(200_000) } });
    expect(detect()).toBe('watching');
    render(ARTICLE_HTML);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('says "not-article" on a Chinese page using the nicknames for other people, and does not watch it', () => {
    load('https://www.sohu.com/a/unrelated-shage.html', site('www.sohu.com/a/unrelated-shage.html'));
    expect(detect()).toBe('not-article');
    expect(state.__qxDetectorWatching).toBeFalsy();
    expect(announce).not.toHaveBeenCalled();
  });

  it('says "not-article" on a page that borrows the article’s title', () => {
    load('https://www.zhihu.com/question/transformer-title.html', site('www.zhihu.com/question/transformer-title.html'));
    expect(detect()).toBe('not-article');
    expect(state.__qxDetectorWatching).toBeFalsy();
  });

  it('does not watch a nearly empty page without Chinese in its title', () => {
    load('https://app.example.com/', APP_SHELL.replace('科技快讯 · 阅读', 'News app'));
    expect(detect()).toBe('not-article');
    expect(state.__qxDetectorWatching).toBeFalsy();
  });

  it('asks once per address, even when injected again before the annotator has arrived', () => {
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI);
    expect(detect()).toBe('article');
    // The background looks again once the page has loaded; the annotator is still on its way.
    expect(detect()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(1);
    // A single-page app moving to another address is asked about anew.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.qbitai.com/2024/03/transformer-authors.html?page=2');
    expect(detect()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(2);
  });

  it('says "article" without reading the page again where the annotator runs at the address it was asked for', () => {
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI);
    expect(detect()).toBe('article');
    state.__qxAnnotator = true;
    // Were the page read again, this text would not be the article.
    document.body.replaceChildren('与人物无关的一段话。');
    expect(detect()).toBe('article');
    load('https://www.qbitai.com/2024/03/another-story.html', APP_SHELL);
    expect(detect()).toBe('not-article');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('says "article" again where the annotator already runs, without asking for it again', () => {
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI);
    state.__qxAnnotator = true;
    expect(detect()).toBe('article');
    expect(announce).not.toHaveBeenCalled();
  });
});

describe('the detector on an app shell that fetches the article after load', () => {
  beforeEach(() => load('https://www.kjkx.example/app/story', APP_SHELL));

  it('says "watching", and asks for the annotator once the article arrives', async () => {
    expect(detect()).toBe('watching');
    expect(announce).not.toHaveBeenCalled();
    render(ARTICLE_HTML);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(announce).toHaveBeenCalledTimes(1);
    expect(state.__qxDetectorWatching).toBe(false);
    render(`${ARTICLE_HTML}<p>评论</p>`);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('stops watching a page that never becomes the article, and ignores it afterwards', async () => {
    expect(detect()).toBe('watching');
    for (let i = 0; i < MAX_RECHECKS; i++) {
      render(`<p>第${i}条快讯：今天天气不错。</p>`);
      await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    }
    expect(state.__qxDetectorWatching).toBe(false);
    render(ARTICLE_HTML);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(announce).not.toHaveBeenCalled();
  });

  it('does not start a second watch when injected again while watching', async () => {
    expect(detect()).toBe('watching');
    expect(detect()).toBe('watching');
    render(ARTICLE_HTML);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('keeps one watch at a time when an earlier watch’s time runs out during a later one', async () => {
    // The first watch gives up after its checks; an injection then starts a second one, which is
    // still on when the first watch's WATCH_MS ends.
    expect(detect()).toBe('watching');
    for (let i = 0; i < MAX_RECHECKS; i++) {
      render(`<p>第${i}条快讯</p>`);
      await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    }
    expect(detect()).toBe('watching');
    await vi.advanceTimersByTimeAsync(WATCH_MS - MAX_RECHECKS * RECHECK_DELAY_MS);
    expect(detect()).toBe('watching');
    render(ARTICLE_HTML);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(announce).toHaveBeenCalledTimes(1);
  });
});

describe('the detector when the reader asks for a look (the popup)', () => {
  /** The background's flag, then the detector, as it injects them on the reader's request. */
  const lookHere = () => {
    state.__qxLookHere = true;
    return detect();
  };
  /** The article after more furniture (about 2,000 short text nodes) than a short look reads. */
  const READER_APP = `<!doctype html><html><head><title>Saved · Reader</title></head><body>
    <nav>${Array.from({ length: 2_000 }, (_, i) => `<a href="/${i}">item ${i}</a>`).join('')}</nav>${ARTICLE_HTML}</body></html>`;

  it('finds the article on a page whose title is not Chinese, reading past where a short look stops', () => {
    load('https://reader.example.com/saved/1', READER_APP);
    expect(detect()).toBe('not-article');
    expect(lookHere()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('answers for that look only: the next injection is the usual one again', () => {
    load('https://reader.example.com/saved/1', READER_APP);
    expect(lookHere()).toBe('article');
    expect(state.__qxLookHere).toBe(false);
    // An injection the background makes of its own (the page changed its title) reads as usual.
    expect(detect()).toBe('not-article');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('says "not-article" on a page without the article, and starts no watch even on a nearly empty Chinese one', () => {
    load('https://www.sohu.com/a/unrelated-shage.html', site('www.sohu.com/a/unrelated-shage.html'));
    expect(lookHere()).toBe('not-article');
    load('https://www.kjkx.example/app/story', APP_SHELL);
    expect(lookHere()).toBe('not-article');
    expect(state.__qxDetectorWatching).toBeFalsy();
    expect(announce).not.toHaveBeenCalled();
  });

  it('looks now on a page already being watched, without starting a second watch', async () => {
    load('https://www.kjkx.example/app/story', APP_SHELL);
    expect(detect()).toBe('watching');
    render(ARTICLE_HTML);
    expect(lookHere()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(1);
    // The watch, still on, finds the article too, but the address has been asked for.
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('asks for the annotator again at an address asked for before, if the annotator never came', () => {
    load('https://www.qbitai.com/2024/03/transformer-authors.html', QBITAI);
    expect(detect()).toBe('article');
    expect(lookHere()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(2);
    state.__qxAnnotator = true;
    expect(lookHere()).toBe('article');
    expect(announce).toHaveBeenCalledTimes(2);
  });
});

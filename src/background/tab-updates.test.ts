/**
 * Which tab updates get the detector, and what is recorded: driven through WXT's fake tabs (their
 * onUpdated events), with a fake injection that answers as the detector would.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RunOn } from '../settings/settings';
import type { Inject } from './inject';
import { readTabRecord, tabRecords, type FrameResult, type TabRecords } from './tab-records';
import { tabUpdateHandler } from './tab-updates';

const recordOf = (tabId: number) => readTabRecord(fakeBrowser.storage.session, tabId);

const ARTICLE_TITLE = 'OpenAI公关跳起来捂他嘴:Transformer作者公开承认参与Q*';
const REPOST = 'https://www.xlszx.com/2024/03/25/transformer.html';
const WECHAT = 'https://mp.weixin.qq.com/s/qbitai-transformer-authors/';

let injections: Parameters<Inject>[];
/** What the detector returns in each frame, or null when the browser refuses to inject. */
let detectorAnswers: FrameResult[] | null;
let runOn: RunOn;
let records: TabRecords;

beforeEach(() => {
  fakeBrowser.reset();
  injections = [];
  detectorAnswers = [{ top: true, result: 'not-article' }];
  runOn = 'everywhere';
  records = tabRecords(fakeBrowser.storage.session, async (id) => (await fakeBrowser.tabs.get(id))?.url);
  const inject: Inject = async (...args) => {
    injections.push(args);
    if (!detectorAnswers) throw new Error('Cannot access contents of the page.');
    return detectorAnswers;
  };
  fakeBrowser.tabs.onUpdated.addListener(tabUpdateHandler({ inject, records, runOn: async () => runOn }));
});

/** A tab navigating to `url`: the browser reports loading, then the title, then the load's end. */
async function open(url: string, title: string, { finish = true } = {}): Promise<number> {
  const { id } = await fakeBrowser.tabs.create({});
  await update(id!, { status: 'loading', url });
  await update(id!, { title });
  if (finish) await update(id!, { status: 'complete' });
  return id!;
}

function update(tabId: number, change: { status?: string; url?: string; title?: string; favIconUrl?: string }) {
  return fakeBrowser.tabs.update(tabId, change as never);
}

/**
 * Replaces the handler with one whose injections wait (the first `count` of them, or all) until
 * `answer` is called; injections past `count` answer `thenAnswer` at once.
 */
function holdInjections({ count = Infinity, thenAnswer = [] as FrameResult[] } = {}): { answer(frames: FrameResult[]): void } {
  const waiting: ((frames: FrameResult[]) => void)[] = [];
  const inject: Inject = (...args) => {
    injections.push(args);
    return injections.length <= count ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(thenAnswer);
  };
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fakeBrowser.tabs.onUpdated.addListener(tabUpdateHandler({ inject, records, runOn: async () => runOn }));
  return { answer: (frames) => waiting.forEach((resolve) => resolve(frames)) };
}

describe('the background looking at tabs', () => {
  it('gives a page with an English title no detector, and records it as skipped once loaded', async () => {
    const tabId = await open('https://www.example-news.com/sports/1', 'Jones homers twice', { finish: false });
    expect(await recordOf(tabId)).toBeUndefined();
    await update(tabId, { status: 'complete' });
    expect(injections).toEqual([]);
    expect(await recordOf(tabId)).toEqual({ url: 'https://www.example-news.com/sports/1', detector: 'skipped' });
  });

  it('gives a Chinese-titled page the detector in all its frames once loaded, and records its answer', async () => {
    const tabId = await open('https://www.sohu.com/a/1', '老街口的烧烤摊', { finish: false });
    expect(injections).toEqual([]);
    await update(tabId, { status: 'complete' });
    expect(injections).toEqual([[tabId, '/detector.js', 'all']]);
    expect(await recordOf(tabId)).toEqual({ url: 'https://www.sohu.com/a/1', detector: 'not-article' });
  });

  it('gives a page titled like the article the detector while it is still loading', async () => {
    detectorAnswers = [{ top: true, result: 'article' }];
    const tabId = await open(REPOST, `${ARTICLE_TITLE} - 新零售资讯站`, { finish: false });
    expect(injections).toEqual([[tabId, '/detector.js', 'all']]);
    expect(await recordOf(tabId)).toEqual({ url: REPOST, detector: 'article' });
  });

  it('gives the Wired story the detector while it is still loading, by its address', async () => {
    const wired = 'https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/';
    const tabId = await open(wired, '', { finish: false });
    expect(injections).toEqual([[tabId, '/detector.js', 'all']]);
  });

  it('records "watching" while the detector watches an app shell', async () => {
    detectorAnswers = [{ top: true, result: 'watching' }];
    const tabId = await open('https://www.kjkx.example/app/story', '科技快讯 · 阅读');
    expect((await recordOf(tabId))?.detector).toBe('watching');
  });

  it('looks again when a loaded page changes its title or address, as single-page apps do', async () => {
    const tabId = await open('https://www.kjkx.example/app/other', '另一篇 · 科技快讯');
    detectorAnswers = [{ top: true, result: 'article' }];
    await update(tabId, { url: 'https://www.kjkx.example/app/story' });
    expect(injections).toHaveLength(2);
    expect(await recordOf(tabId)).toEqual({ url: 'https://www.kjkx.example/app/story', detector: 'article' });
  });

  it('gives the article the detector once: found while loading, it is not looked at again once loaded', async () => {
    detectorAnswers = [{ top: true, result: 'article' }];
    const tabId = await open(REPOST, `${ARTICLE_TITLE} - 新零售资讯站`);
    expect(injections).toEqual([[tabId, '/detector.js', 'all']]);
    expect(await recordOf(tabId)).toEqual({ url: REPOST, detector: 'article' });
  });

  it('gives the article the detector once even when the load ends before the first look has answered', async () => {
    const held = holdInjections();
    const { id } = await fakeBrowser.tabs.create({});
    const looking = update(id!, { status: 'loading', url: REPOST, title: ARTICLE_TITLE });
    await vi.waitFor(() => expect(injections).toHaveLength(1));
    const loaded = update(id!, { status: 'complete' });
    held.answer([{ top: true, result: 'article' }]);
    await Promise.all([looking, loaded]);
    expect(injections).toEqual([[id, '/detector.js', 'all']]);
  });

  it('gives the article the detector once when its title changes just after the load, before the first look has answered', async () => {
    // A page whose script sets the article's title (or whose title Chrome reports late) is looked at
    // "once loaded" twice, the second time while the first look is still injecting.
    const held = holdInjections();
    const { id } = await fakeBrowser.tabs.create({});
    await update(id!, { status: 'loading', url: WECHAT, title: '量子位' });
    const loaded = update(id!, { status: 'complete' });
    await vi.waitFor(() => expect(injections).toHaveLength(1));
    const titled = update(id!, { title: ARTICLE_TITLE });
    // The fakes keep everything in memory: one turn of the event loop runs all the work queued.
    await new Promise((resolve) => setImmediate(resolve));
    expect(injections).toHaveLength(1);
    held.answer([{ top: true, result: 'article' }]);
    await Promise.all([loaded, titled]);
    expect(injections).toEqual([[id, '/detector.js', 'all']]);
    expect(await recordOf(id!)).toEqual({ url: WECHAT, detector: 'article' });
  });

  it('gives a reloaded page its own detector while the look at the document before is still under way', async () => {
    // The first look's injection answers only after the reload: what it found was about a document that is gone.
    const held = holdInjections({ count: 1, thenAnswer: [{ top: true, result: 'not-article' }] });
    const { id } = await fakeBrowser.tabs.create({});
    await update(id!, { status: 'loading', url: WECHAT, title: '量子位' });
    const firstLook = update(id!, { status: 'complete' });
    await vi.waitFor(() => expect(injections).toHaveLength(1));
    await update(id!, { status: 'loading' });
    const secondLook = update(id!, { status: 'complete' });
    // The fakes keep everything in memory: one turn of the event loop runs all the work queued.
    await new Promise((resolve) => setImmediate(resolve));
    held.answer([{ top: true, result: 'article' }]);
    await Promise.all([firstLook, secondLook]);
    expect(injections).toEqual([
      [id, '/detector.js', 'all'],
      [id, '/detector.js', 'all'],
    ]);
    expect(await recordOf(id!)).toEqual({ url: WECHAT, detector: 'not-article' });
  });

  it('still looks at a new document at the article’s address, and at a new address the article’s page moves to', async () => {
    detectorAnswers = [{ top: true, result: 'article' }];
    const tabId = await open(REPOST, `${ARTICLE_TITLE} - 新零售资讯站`);
    // Reloaded: a new document, looked at while it loads.
    await update(tabId, { status: 'loading', url: REPOST });
    await update(tabId, { status: 'complete' });
    expect(injections).toHaveLength(2);
    // A route of a single-page app, reported as Chrome does (a load without a new document): not
    // the article, so looked at while "loading" and once "loaded", as any page titled like it.
    detectorAnswers = [{ top: true, result: 'not-article' }];
    await update(tabId, { status: 'loading', url: `${REPOST}#comments` });
    await update(tabId, { status: 'complete' });
    expect(injections).toHaveLength(4);
    expect(await recordOf(tabId)).toEqual({ url: `${REPOST}#comments`, detector: 'not-article' });
  });

  it('ignores updates of a loaded page that change neither its address, title nor status', async () => {
    const tabId = await open('https://www.sohu.com/a/1', '老街口的烧烤摊');
    await update(tabId, { favIconUrl: 'https://www.sohu.com/favicon.ico' });
    expect(injections).toHaveLength(1);
  });

  it('records a page the browser lets no extension script as skipped', async () => {
    detectorAnswers = null;
    const tabId = await open('https://chromewebstore.google.com/detail/1', '应用商店');
    expect(injections).toHaveLength(1);
    expect((await recordOf(tabId))?.detector).toBe('skipped');
  });

  it('forgets the last decision when the tab starts loading a new document', async () => {
    const tabId = await open('https://www.sohu.com/a/1', '老街口的烧烤摊');
    await update(tabId, { status: 'loading', url: 'https://www.example-news.com/sports/1' });
    expect(await recordOf(tabId)).toBeUndefined();
  });
});

describe('the background looking at tabs, set to run on known homes only', () => {
  beforeEach(() => {
    runOn = 'known-homes';
  });

  it('gives a repost no detector, and records it as skipped once loaded', async () => {
    const tabId = await open(REPOST, `${ARTICLE_TITLE} - 新零售资讯站`, { finish: false });
    expect(await recordOf(tabId)).toBeUndefined();
    await update(tabId, { status: 'complete' });
    expect(injections).toEqual([]);
    expect((await recordOf(tabId))?.detector).toBe('skipped');
  });

  it('still gives WeChat the detector', async () => {
    const tabId = await open(WECHAT, ARTICLE_TITLE);
    expect(injections).toEqual([
      [tabId, '/detector.js', 'all'],
      [tabId, '/detector.js', 'all'],
    ]);
  });
});

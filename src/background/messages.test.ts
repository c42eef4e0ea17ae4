/** The background's answers to the detector's announcement and the annotator's glossary requests. */
import glossary from 'virtual:glossary';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markingPart } from '../glossary/parts';
import type { CompiledGlossary } from '../glossary/types';
import type { RunOn } from '../settings/settings';
import type { Inject } from './inject';
import { messageHandler } from './messages';
import { readTabRecord, tabRecords, type TabRecords } from './tab-records';

const recordOf = (tabId: number) => readTabRecord(fakeBrowser.storage.session, tabId);

const REPOST = 'https://www.xlszx.com/2024/03/25/transformer.html';
const WECHAT = 'https://mp.weixin.qq.com/s/qbitai-transformer-authors/';

let injections: Parameters<Inject>[];
let runOn: RunOn;
let records: TabRecords;
let readGlossary: ReturnType<typeof vi.fn<() => Promise<CompiledGlossary>>>;
let handle: ReturnType<typeof messageHandler>;

beforeEach(() => {
  fakeBrowser.reset();
  injections = [];
  runOn = 'everywhere';
  records = tabRecords(fakeBrowser.storage.session, async (id) => (await fakeBrowser.tabs.get(id))?.url);
  readGlossary = vi.fn(async () => glossary);
  const inject: Inject = async (...args) => {
    injections.push(args);
    return [];
  };
  handle = messageHandler({ inject, records, runOn: async () => runOn, tabUrl: async (id) => (await fakeBrowser.tabs.get(id))?.url, readGlossary });
});

/** The detector's announcement from a frame of a tab showing `url`; resolves once the background has acted. */
async function announce(url: string, frame: { frameId: number; url: string }): Promise<number> {
  const { id } = await fakeBrowser.tabs.create({ url });
  expect(handle({ type: 'qx:article-detected' }, { tab: { id, url }, ...frame })).toBeUndefined();
  await vi.waitFor(async () => {
    if (!injections.length && !(await recordOf(id!))) throw new Error('not yet');
  });
  return id!;
}

describe('the detector’s announcement', () => {
  it('injects the annotator into the frame that announced, and records the tab’s page as the article', async () => {
    const tabId = await announce('https://www.example.cn/portal', { frameId: 3, url: 'https://www.example.cn/frame/article.html' });
    expect(injections).toEqual([[tabId, '/annotator.js', 3]]);
    expect(await recordOf(tabId)).toEqual({ url: 'https://www.example.cn/portal', detector: 'article' });
  });

  it('turns a watched page’s record into the article when the watch finds it', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: REPOST });
    await records.record(id!, REPOST, 'watching');
    handle({ type: 'qx:article-detected' }, { tab: { id, url: REPOST }, frameId: 0, url: REPOST });
    await vi.waitFor(async () => expect((await recordOf(id!))?.detector).toBe('article'));
  });

  it('is ignored outside WeChat, qbitai.com and Wired when the reader chose those only', async () => {
    runOn = 'known-homes';
    const { id } = await fakeBrowser.tabs.create({ url: REPOST });
    handle({ type: 'qx:article-detected' }, { tab: { id, url: REPOST }, frameId: 0, url: REPOST });
    const tabId = await announce(WECHAT, { frameId: 0, url: WECHAT });
    expect(injections).toEqual([[tabId, '/annotator.js', 0]]);
    expect(await recordOf(id!)).toBeUndefined();
  });

  it('is ignored without a tab (from an extension page)', async () => {
    handle({ type: 'qx:article-detected' }, { url: 'chrome-extension://x/reader.html' });
    expect(injections).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('other messages', () => {
  it('answers with the glossary’s marking part before marking and its entries whole for the cards, read from the extension’s files once', async () => {
    const marking = await handle({ type: 'qx:glossary' }, {});
    expect(marking).toEqual(markingPart(glossary));
    expect(await handle({ type: 'qx:glossary' }, {})).toBe(marking);
    expect(await handle({ type: 'qx:card-entries' }, {})).toBe(glossary.entries);
    expect(readGlossary).toHaveBeenCalledTimes(1);
  });

  it('answers the popup’s request to look for the article in a tab', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: REPOST });
    expect(await handle({ type: 'qx:look-here', tabId: id }, {})).toBe('not-found');
    expect(injections).toEqual([[id, '/detector.js', 'all', true]]);
  });

  it('injects the cards into the frame whose annotator asks for them, and answers once they have run', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: WECHAT });
    expect(await handle({ type: 'qx:card-ui' }, { tab: { id, url: WECHAT }, frameId: 3 })).toBe(true);
    expect(injections).toEqual([[id, '/card-ui.js', 3]]);
    expect(await handle({ type: 'qx:card-ui' }, { url: 'chrome-extension://x/reader.html' })).toBe(false);
    expect(injections).toHaveLength(1);
  });

  it('leaves messages for other parts of the extension unanswered', () => {
    for (const message of [{ type: 'qx:article-info' }, { type: 'qx:toggle-roster' }, 'qx:glossary', 'qx:card-entries', null]) {
      expect(handle(message, {})).toBeUndefined();
    }
    expect(readGlossary).not.toHaveBeenCalled();
    expect(injections).toEqual([]);
  });
});

/**
 * The reader's look for the article from the popup: driven through WXT's fake tabs, with a fake
 * injection that answers as the detector would, or refuses as the browser does on its own pages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RunOn } from '../settings/settings';
import type { Inject } from './inject';
import { lookHere, type LookHereDeps } from './look-here';
import { readTabRecord, tabRecords, type FrameResult } from './tab-records';

const recordOf = (tabId: number) => readTabRecord(fakeBrowser.storage.session, tabId);

const READER_APP = 'https://reader.example.com/saved/1';
const WECHAT = 'https://mp.weixin.qq.com/s/qbitai-transformer-authors/';

let injections: Parameters<Inject>[];
/** What the detector returns in each frame, or null when the browser refuses to inject. */
let detectorAnswers: FrameResult[] | null;
let runOn: RunOn;
let deps: LookHereDeps;

beforeEach(() => {
  fakeBrowser.reset();
  injections = [];
  detectorAnswers = [{ top: true, result: 'not-article' }];
  runOn = 'everywhere';
  const tabUrl = async (id: number) => (await fakeBrowser.tabs.get(id))?.url;
  const inject: Inject = async (...args) => {
    injections.push(args);
    if (!detectorAnswers) throw new Error('Cannot access contents of the page.');
    return detectorAnswers;
  };
  deps = { inject, records: tabRecords(fakeBrowser.storage.session, tabUrl), runOn: async () => runOn, tabUrl };
});

async function tabAt(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('the reader’s look for the article', () => {
  it('runs the detector for a look in every frame, and answers "found" where a frame holds the article', async () => {
    detectorAnswers = [
      { top: true, result: 'not-article' },
      { top: false, result: 'article' },
    ];
    const tabId = await tabAt(READER_APP);
    expect(await lookHere(tabId, deps)).toBe('found');
    expect(injections).toEqual([[tabId, '/detector.js', 'all', true]]);
    expect(await recordOf(tabId)).toEqual({ url: READER_APP, detector: 'article' });
  });

  it('answers "not-found" elsewhere, and records that the page is not the article', async () => {
    const tabId = await tabAt(READER_APP);
    await deps.records.record(tabId, READER_APP, 'skipped');
    expect(await lookHere(tabId, deps)).toBe('not-found');
    expect(await recordOf(tabId)).toEqual({ url: READER_APP, detector: 'not-article' });
  });

  it('answers "not-allowed" where the browser lets no script in, and records nothing', async () => {
    detectorAnswers = null;
    const tabId = await tabAt('chrome://extensions/');
    expect(await lookHere(tabId, deps)).toBe('not-allowed');
    expect(await recordOf(tabId)).toBeUndefined();
  });

  it('answers for a tab whose address the browser does not tell, recording nothing', async () => {
    const tabId = (await fakeBrowser.tabs.create({})).id!;
    deps.tabUrl = async () => undefined;
    expect(await lookHere(tabId, deps)).toBe('not-found');
    expect(await recordOf(tabId)).toBeUndefined();
  });

  it('keeps to WeChat, qbitai.com and Wired when the reader chose those only, injecting nothing elsewhere', async () => {
    runOn = 'known-homes';
    const elsewhere = await tabAt(READER_APP);
    expect(await lookHere(elsewhere, deps)).toBe('known-homes-only');
    expect(injections).toEqual([]);
    detectorAnswers = [{ top: true, result: 'article' }];
    const wechat = await tabAt(WECHAT);
    expect(await lookHere(wechat, deps)).toBe('found');
  });
});

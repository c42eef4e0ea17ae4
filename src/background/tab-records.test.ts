/** The per-tab record of what was decided, in (WXT's fake) storage.session. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decisionOfFrames, isFinalDecision, parseTabRecord, readTabRecord, tabRecords, type TabRecords } from './tab-records';

const recordOf = (tabId: number) => readTabRecord(fakeBrowser.storage.session, tabId);

const PAGE = 'https://www.sohu.com/a/1';
let tabId: number;
let records: TabRecords;

beforeEach(async () => {
  fakeBrowser.reset();
  tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
  records = tabRecords(fakeBrowser.storage.session, async (id) => (await fakeBrowser.tabs.get(id))?.url);
});

describe('tab records', () => {
  it('are kept in storage.session under tab:<id>', async () => {
    await records.record(tabId, PAGE, 'not-article');
    expect(await fakeBrowser.storage.session.get(`tab:${tabId}`)).toEqual({ [`tab:${tabId}`]: { url: PAGE, detector: 'not-article' } });
    expect(await recordOf(tabId)).toEqual({ url: PAGE, detector: 'not-article' });
  });

  it('drop a decision about an address the tab no longer shows, or about a closed tab', async () => {
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.sohu.com/a/2' });
    await records.record(tabId, PAGE, 'not-article');
    expect(await recordOf(tabId)).toBeUndefined();
    const closedTab = tabId + 1;
    await records.record(closedTab, PAGE, 'not-article');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keep "article" for the same address against a later answer, not for another address', async () => {
    await records.record(tabId, PAGE, 'article');
    await records.record(tabId, PAGE, 'watching');
    expect((await recordOf(tabId))?.detector).toBe('article');
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.sohu.com/a/2' });
    await records.record(tabId, 'https://www.sohu.com/a/2', 'skipped');
    expect(await recordOf(tabId)).toEqual({ url: 'https://www.sohu.com/a/2', detector: 'skipped' });
  });

  it('are written in the order they are asked for', async () => {
    const written = records.record(tabId, PAGE, 'not-article');
    const forgotten = records.forget(tabId);
    const rewritten = records.record(tabId, PAGE, 'watching');
    await Promise.all([written, forgotten, rewritten]);
    expect((await recordOf(tabId))?.detector).toBe('watching');
  });

  it('are gone once forgotten', async () => {
    await records.record(tabId, PAGE, 'article');
    await records.forget(tabId);
    expect(await recordOf(tabId)).toBeUndefined();
  });

  it('read anything else stored under the key as no record', async () => {
    for (const junk of [null, 'article', { url: PAGE }, { url: PAGE, detector: 'maybe' }, { url: 3, detector: 'article' }]) {
      await fakeBrowser.storage.session.set({ [`tab:${tabId}`]: junk });
      expect(await recordOf(tabId)).toBeUndefined();
    }
    expect(parseTabRecord({ url: PAGE, detector: 'skipped', extra: 1 })).toEqual({ url: PAGE, detector: 'skipped' });
  });

  it('call every decision final but "watching"', () => {
    expect(['skipped', 'not-article', 'watching', 'article'].filter((d) => isFinalDecision(d as never))).toEqual(['skipped', 'not-article', 'article']);
  });
});

describe('a page’s decision from its frames', () => {
  it('is the top frame’s', () => {
    expect(decisionOfFrames([{ top: true, result: 'not-article' }, { top: false, result: 'watching' }])).toBe('not-article');
    expect(decisionOfFrames([{ top: false, result: 'not-article' }, { top: true, result: 'watching' }])).toBe('watching');
  });

  it('is "article" if any frame holds the article', () => {
    expect(decisionOfFrames([{ top: true, result: 'not-article' }, { top: false, result: 'article' }])).toBe('article');
  });

  it('is "not-article" when the top frame returned nothing usable', () => {
    expect(decisionOfFrames([{ top: true, result: undefined }])).toBe('not-article');
    expect(decisionOfFrames([{ top: false, result: 'watching' }])).toBe('not-article');
    expect(decisionOfFrames([])).toBe('not-article');
  });
});

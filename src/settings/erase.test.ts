import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleCopyToLinkBack, FALLBACK_ARTICLE_COPY, passageRecorder, rememberArticleUrl } from '../citations/article-home';
import { eraseStoredData } from './erase';
import { DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from './settings';

const COPY = 'https://www.twtechnews.com.tw/news/20240326/transformer-authors.html';

/** A reader who has changed every setting and read the article on a repost. */
async function useTheExtension(): Promise<void> {
  await updateSettings({
    glosses: true,
    categories: { person: false, slang: true },
    uiLanguage: 'zh-TW',
    runOn: 'known-homes',
    readerFontSize: 24,
  });
  await rememberArticleUrl(COPY);
  passageRecorder(COPY)('noam-is-a-wizard', 'Noam（沙哥）是一個巫師');
  await vi.waitFor(async () => expect((await articleCopyToLinkBack()).passages).not.toEqual({}));
}

describe('erasing the stored data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('brings every setting back to its default', async () => {
    await useTheExtension();
    expect(await loadSettings()).not.toEqual(DEFAULT_SETTINGS);
    await eraseStoredData();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('forgets the copy of the article and its passages: the Wired story links to the fallback again', async () => {
    await useTheExtension();
    await eraseStoredData();
    expect(await articleCopyToLinkBack()).toEqual(FALLBACK_ARTICLE_COPY);
  });

  it('leaves nothing in local storage, settings saved by earlier versions included', async () => {
    await useTheExtension();
    await fakeBrowser.storage.local.set({ settings: { glosses: true, readerFontSize: 26 } });
    await eraseStoredData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('tells every open page the defaults, so the popup and the options page show them at once', async () => {
    await useTheExtension();
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await eraseStoredData();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS));
    stop();
  });

  it('keeps the records of open tabs, which live in session storage and go with their tab', async () => {
    const record = { url: COPY, detector: 'article' };
    await fakeBrowser.storage.session.set({ 'tab:7': record });
    await useTheExtension();
    await eraseStoredData();
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': record });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleCopyToLinkBack, FALLBACK_ARTICLE_COPY, passageRecorder, rememberArticleUrl } from './article-home';

const COPY = 'https://www.twtechnews.com.tw/news/20240326/transformer-authors.html';

describe('the copy of the article the Wired story links back to', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the fallback, a search page with no passages, before the reader has opened a copy', async () => {
    expect(await articleCopyToLinkBack()).toEqual(FALLBACK_ARTICLE_COPY);
    expect(FALLBACK_ARTICLE_COPY.passages).toEqual({});
  });

  it('is the copy last opened, with the passages as that copy writes them', async () => {
    await rememberArticleUrl(`${COPY}#top`);
    const record = passageRecorder(COPY);
    record('noam-is-a-wizard', 'Noam（沙哥）是一個巫師');
    record('beatles-song', '披頭士樂隊的歌曲');
    await vi.waitFor(async () =>
      expect(await articleCopyToLinkBack()).toEqual({
        url: COPY,
        passages: { 'noam-is-a-wizard': 'Noam（沙哥）是一個巫師', 'beatles-song': '披頭士樂隊的歌曲' },
      }),
    );
  });

  it('writes the passages found in one marking pass in one storage write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const record = passageRecorder(COPY);
    record('a', '一');
    record('b', '二');
    record('b', '二');
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect(set).toHaveBeenCalledWith({ lastArticlePassages: { url: COPY, passages: { a: '一', b: '二' } } });
  });

  it('has no passages when they were found on another copy than the last one opened', async () => {
    passageRecorder('https://mp.weixin.qq.com/s/abc')('a', '一');
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('lastArticlePassages')).not.toEqual({}));
    await rememberArticleUrl(COPY);
    expect(await articleCopyToLinkBack()).toEqual({ url: COPY, passages: {} });
  });

  it('falls back to what it can trust when storage holds something else', async () => {
    await fakeBrowser.storage.local.set({ lastArticleUrl: COPY, lastArticlePassages: { url: COPY, passages: { a: 3 } } });
    expect(await articleCopyToLinkBack()).toEqual({ url: COPY, passages: {} });
    await fakeBrowser.storage.local.set({ lastArticleUrl: 'javascript:alert(1)' });
    expect(await articleCopyToLinkBack()).toEqual(FALLBACK_ARTICLE_COPY);
  });
});

// @vitest-environment happy-dom
/** The detector's watch of an app shell, on a fake clock: how often it checks, and when it stops. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECHECKS, RECHECK_DELAY_MS, WATCH_MS, watchForArticle, type WatchState } from './watch-for-article';

let state: WatchState;
let isArticle: ReturnType<typeof vi.fn<() => boolean>>;
let onArticle: ReturnType<typeof vi.fn<() => void>>;

/** Adds a paragraph to the page, as the app shell's script would. */
function render(text = '加载中…'): void {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  state = {};
  isArticle = vi.fn(() => false);
  onArticle = vi.fn();
  watchForArticle(document, state, isArticle, onArticle);
});
afterEach(() => vi.useRealTimers());

describe('watching a page for the article to arrive', () => {
  it('checks once per burst of changes, RECHECK_DELAY_MS after it starts', async () => {
    for (let i = 0; i < 10; i++) render();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS - 1);
    expect(isArticle).not.toHaveBeenCalled();
    render();
    await vi.advanceTimersByTimeAsync(1);
    expect(isArticle).toHaveBeenCalledTimes(1);
    render();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(isArticle).toHaveBeenCalledTimes(2);
  });

  it('announces the article once, and then stops watching', async () => {
    expect(state.__qxDetectorWatching).toBe(true);
    isArticle.mockReturnValue(true);
    render();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(onArticle).toHaveBeenCalledTimes(1);
    expect(state.__qxDetectorWatching).toBe(false);
    render();
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(isArticle).toHaveBeenCalledTimes(1);
    expect(onArticle).toHaveBeenCalledTimes(1);
  });

  it('gives up after MAX_RECHECKS checks, and no change after that is looked at', async () => {
    for (let i = 0; i < MAX_RECHECKS - 1; i++) {
      render();
      await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    }
    expect(state.__qxDetectorWatching).toBe(true);
    render();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    expect(isArticle).toHaveBeenCalledTimes(MAX_RECHECKS);
    expect(state.__qxDetectorWatching).toBe(false);
    isArticle.mockReturnValue(true);
    render();
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(isArticle).toHaveBeenCalledTimes(MAX_RECHECKS);
    expect(onArticle).not.toHaveBeenCalled();
  });

  it('gives up after WATCH_MS, even with a check pending', async () => {
    await vi.advanceTimersByTimeAsync(WATCH_MS - RECHECK_DELAY_MS / 2);
    render();
    expect(state.__qxDetectorWatching).toBe(true);
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS / 2);
    expect(state.__qxDetectorWatching).toBe(false);
    isArticle.mockReturnValue(true);
    render();
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS * 2);
    expect(isArticle).not.toHaveBeenCalled();
    expect(onArticle).not.toHaveBeenCalled();
  });
});

/**
 * Watches a document that may still become the article: an app shell fetches its story after the
 * load event, so a nearly empty Chinese page is given a while for it to arrive. Part of the detector
 * (it runs on pages that are not the article), so it stays small and asks for nothing it has not
 * been given.
 */

/** How long a page is watched at most. */
export const WATCH_MS = 30_000;
/** Mutations come in bursts while a page renders: one check per burst, this long after its start. */
export const RECHECK_DELAY_MS = 40;
/** Checks made at most: a page that keeps changing without becoming the article is not worth more. */
export const MAX_RECHECKS = 60;

/** Kept in the extension's isolated world, so a second injection into the document sees the watch. */
export interface WatchState {
  __qxDetectorWatching?: boolean;
}

/**
 * Calls `onArticle` once, when `isArticle()` first holds after a change under `root`; gives up
 * after MAX_RECHECKS checks or WATCH_MS, whichever comes first. Stopping disconnects the observer
 * and cancels both timers, so nothing of the watch runs afterwards.
 */
export function watchForArticle(root: Node, state: WatchState, isArticle: () => boolean, onArticle: () => void): void {
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  let rechecks = 0;
  const stop = () => {
    observer.disconnect();
    clearTimeout(recheckTimer);
    clearTimeout(deadline);
    state.__qxDetectorWatching = false;
  };
  const recheck = () => {
    recheckTimer = undefined;
    if (isArticle()) {
      stop();
      onArticle();
    } else if (++rechecks >= MAX_RECHECKS) {
      stop();
    }
  };
  const observer = new MutationObserver(() => {
    recheckTimer ??= setTimeout(recheck, RECHECK_DELAY_MS);
  });
  state.__qxDetectorWatching = true;
  observer.observe(root, { childList: true, subtree: true });
  const deadline = setTimeout(stop, WATCH_MS);
}

/**
 * The detector's run in one document, everything but the extension API: from the URL, the title
 * and a bounded sample of the text, is this the article? If so, `announce` (the only thing that
 * touches the extension API, so pages that are not the article never pay for it). If not, a nearly
 * empty Chinese page is watched for the article to arrive. The verdict is returned, and becomes
 * the injected script's result: the background reads it from executeScript, which costs the page
 * nothing.
 */
import { detectArticle, hasHan, sampleBudget } from './detect';
import { LONG_LOOK } from './reading-budgets';
import { sampleText } from './sample-page';
import { watchForArticle, type WatchState } from './watch-for-article';

/** 'watching': not the article yet, and watched for a while in case it arrives (an app shell). */
export type DetectorVerdict = 'article' | 'not-article' | 'watching';

/** State kept in the extension's isolated world between injections into the same document. */
export interface DetectorState extends WatchState {
  /** Set by the annotator while it runs here. */
  __qxAnnotator?: boolean;
  /** The address the annotator was last asked for at. */
  __qxAnnounced?: string;
  /**
   * Set by the background just before it injects the detector because the reader asked for a look
   * (the popup's "Look for the article on this page"); this run reads it and clears it.
   */
  __qxLookHere?: boolean;
}

/**
 * Characters of visible text below which a whole page is still an empty shell: a menu and a
 * "loading" line. An app shell's inline scripts and styles do not count (they can run to megabytes
 * while the page shows nothing); a short real news page shows over a thousand.
 */
const NEARLY_EMPTY_CHARS = 1_000;

/** In a frame, only one from the same site as the page around it: an embedded article is read there. */
function isSameOriginFrameOrTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false; // a cross-origin frame: left alone
  }
}

export function runDetector(state: DetectorState, announce: () => void): DetectorVerdict {
  // Asked for by the reader: whatever the title, read as far as the annotator ever does.
  const onDemand = state.__qxLookHere;
  state.__qxLookHere = false;
  // Once per address: a page's address may be looked at more than once (a title change, the
  // reader's ask), and each ask would have the background inject the annotator again for nothing.
  // The reader's own request is answered even so: an earlier ask may have come to nothing.
  const announceOnce = () => {
    if (state.__qxAnnotator || (!onDemand && state.__qxAnnounced === location.href)) return;
    state.__qxAnnounced = location.href;
    announce();
  };
  // The background injects again when a loaded page changes its address or title.
  if (state.__qxDetectorWatching && !onDemand) return 'watching';
  // The annotator found this very page and follows it: the look once it has loaded need not read it
  // again (a few ms on the article, whose text now holds our marks).
  if (state.__qxAnnotator && state.__qxAnnounced === location.href && !onDemand) return 'article';
  if (!isSameOriginFrameOrTop()) return 'not-article';
  let nearlyEmpty = false;
  const isArticle = () => {
    const url = location.href;
    const title = document.title;
    // The walk starts at the document, not the body: touching document.body alone costs a content
    // script about 0.4 ms on first use, as much as the rest of the detection.
    const { text, wholePage } = sampleText(document, onDemand ? LONG_LOOK : sampleBudget(url, title));
    nearlyEmpty = wholePage && text.length <= NEARLY_EMPTY_CHARS;
    return detectArticle({ url, title, text }) !== null;
  };
  if (isArticle()) {
    // The annotator already here follows the page itself: asking for it again would only cost.
    announceOnce();
    return 'article';
  }
  // A page already full of other text is not watched (its first few hundred text nodes may be
  // short menu items, so it is the whole page's text that counts). The reader's look is answered
  // now, and a page already watched keeps its one watch.
  if (onDemand || state.__qxAnnotator || !hasHan(document.title) || !nearlyEmpty) return 'not-article';
  watchForArticle(document, state, isArticle, announceOnce);
  return 'watching';
}

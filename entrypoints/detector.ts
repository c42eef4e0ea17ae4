/**
 * Injected by the background into a loaded page whose address or title makes it worth a look
 * (worthALook in src/detect/detect.ts; most pages never get it), so it stays tiny and quick: decide
 * from the URL, the title and a bounded sample of text, and only if this is the article ask the
 * background to inject the annotator. It is an unlisted script rather than a WXT content script on
 * purpose: that wrapper touches the extension API, which alone costs about as much as the detection.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle, sampleBudget, hasHan } from '../src/detect/detect';
import { sampleText } from '../src/detect/sample-page';
import type { ArticleDetectedMessage } from '../src/messages';

/** How long a Chinese page is watched for the article to arrive (app shells, client-side navigation). */
const WATCH_MS = 30_000;
const RECHECK_DELAY_MS = 40;
const MAX_RECHECKS = 60;
/** Characters of text (scripts and styles included) below which a whole page is still an empty shell. */
const NEARLY_EMPTY_CHARS = 3_000;

/** In a frame, only one from the same site as the page around it: an embedded article is read there. */
function isSameOriginFrameOrTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false; // a cross-origin frame: left alone
  }
}

/** State kept in the extension's isolated world between injections into the same document. */
interface DetectorState {
  /** Set by the annotator while it runs here. */
  __qxAnnotator?: boolean;
  /** Set while this document is being watched for the article to arrive. */
  __qxDetectorWatching?: boolean;
}

export default defineUnlistedScript(() => {
  // The background injects again when a loaded page changes its address or title: once the
  // annotator runs here, or a watch is on, there is nothing new to do.
  const state = globalThis as DetectorState;
  if (state.__qxAnnotator || state.__qxDetectorWatching || !isSameOriginFrameOrTop()) return;
  let nearlyEmpty = false;
  const isArticle = () => {
    const url = location.href;
    const title = document.title;
    // The walk starts at the document, not the body: touching document.body alone costs a content
    // script about 0.4 ms on first use, as much as the rest of the detection.
    const { text, wholePage } = sampleText(document, sampleBudget(url, title));
    nearlyEmpty = wholePage && text.length <= NEARLY_EMPTY_CHARS;
    return detectArticle({ url, title, text }) !== null;
  };
  const announce = () => {
    // Reached only on the article: the extension API is first touched here.
    const { browser: firefoxApi, chrome: chromeApi } = globalThis as { browser?: typeof browser; chrome?: typeof browser };
    void (firefoxApi ?? chromeApi)?.runtime.sendMessage({ type: 'qx:article-detected' } satisfies ArticleDetectedMessage);
  };
  if (isArticle()) {
    announce();
    return;
  }
  // An app shell fetches the article after load: a Chinese page that is still nearly empty is
  // watched for a while, with checks coalesced. A page already full of other text is not (its first
  // few hundred text nodes may be short menu items, so it is the whole page's text that counts).
  if (!hasHan(document.title) || !nearlyEmpty) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rechecks = 0;
  const stopWatching = () => {
    observer.disconnect();
    state.__qxDetectorWatching = false;
  };
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (isArticle()) {
        stopWatching();
        announce();
      } else if (++rechecks >= MAX_RECHECKS) {
        stopWatching();
      }
    }, RECHECK_DELAY_MS);
  });
  state.__qxDetectorWatching = true;
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(stopWatching, WATCH_MS);
});

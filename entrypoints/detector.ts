/**
 * Runs on every page (declared in wxt.config.ts), so it stays tiny and quick: decide from the URL,
 * the title and a bounded sample of text, and only if this is the article ask the background to
 * inject the annotator. It is an unlisted script rather than a WXT content script on purpose: that
 * wrapper touches the extension API on every page, which alone costs about as much as the detection.
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
/** Characters of text (scripts and styles included) below which a page is still an empty shell. */
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

export default defineUnlistedScript(() => {
  if (!isSameOriginFrameOrTop()) return;
  let sampled = 0;
  const isArticle = () => {
    const url = location.href;
    const title = document.title;
    // The walk starts at the document, not the body: touching document.body alone costs a content
    // script about 0.4 ms on first use, as much as the rest of the detection.
    const text = sampleText(document, sampleBudget(url, title));
    sampled = text.length;
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
  // watched for a while, with checks coalesced. A page already full of other text is not.
  if (!hasHan(document.title) || sampled > NEARLY_EMPTY_CHARS) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rechecks = 0;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (isArticle()) {
        observer.disconnect();
        announce();
      } else if (++rechecks >= MAX_RECHECKS) {
        observer.disconnect();
      }
    }, RECHECK_DELAY_MS);
  });
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WATCH_MS);
});

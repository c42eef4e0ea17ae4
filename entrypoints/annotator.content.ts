/** Injected by the background only into a page the detector recognised; see src/app/. */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAnnotatorSession, type AnnotatorSession } from '../src/app/session';
import { offerSharedAnnotator } from '../src/app/shared-annotator';
import { isExtensionPage } from '../src/platform';
import { detectArticle, type ArticleKind } from '../src/detect/detect';
import { ANNOTATOR_SAMPLES } from '../src/detect/reading-budgets';
import { sampleText } from '../src/detect/sample-page';
import { locateArticle, readArticleScope } from '../src/extract/article-scope';
import { answerMessage } from '../src/app/messages';

const ARTICLE_EXTRACTOR = { locate: locateArticle, read: readArticleScope };

/** After a client-side navigation, give the page's script a moment to put the new content in. */
const SETTLE_MS = 150;

/**
 * The background only injects this where the detector said yes, so it can afford a long look; but
 * the article's passages usually come early, so a short look goes first and the long one (which
 * costs ~10 ms on a page with megabytes of comments) only if that finds nothing.
 */
function detectHere(): ArticleKind | null {
  const started = performance.now();
  let kind: ArticleKind | null = null;
  for (const budget of ANNOTATOR_SAMPLES) {
    kind = detectArticle({ url: location.href, title: document.title, text: sampleText(document, budget).text });
    if (kind) break;
  }
  performance.measure('qx:detect', { start: started });
  return kind;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    // Loaded by the reader view: lend it the annotator rather than annotate the extension page.
    if (isExtensionPage()) {
      offerSharedAnnotator({ startAnnotatorSession });
      return;
    }
    // The background may inject twice (a reload of the extension, a second detection): annotate once.
    const flag = globalThis as { __qxAnnotator?: boolean };
    if (flag.__qxAnnotator) return;
    flag.__qxAnnotator = true;

    let session: AnnotatorSession | null = null;
    let running = new AbortController();
    const start = async (signal: AbortSignal) => {
      const kind = detectHere();
      if (!kind || signal.aborted) return;
      const started = await startAnnotatorSession({ doc: document, kind, browserLanguage: browser.i18n.getUILanguage(), extractor: ARTICLE_EXTRACTOR }, signal);
      // A navigation while the session started has aborted it: it has undone itself, and is not ours.
      if (!signal.aborted) session = started;
    };
    // One signal for the whole content script (WXT aborts it when the extension reloads), and one
    // per page address (a single-page app moved on: what was marked may be gone, so look again).
    ctx.signal.addEventListener('abort', () => running.abort());
    void start(running.signal);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      running.abort();
      session = null;
      running = new AbortController();
      const { signal } = running;
      ctx.setTimeout(() => void start(signal), SETTLE_MS);
    });

    const onMessage = (message: unknown) => (session ? answerMessage(session, message) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      flag.__qxAnnotator = false;
    });
  },
});

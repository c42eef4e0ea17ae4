/** Injected by the background only into a page the detector recognised; see src/app/. */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ReaderContent } from '../src/app/annotator';
import { startAnnotatorSession, type AnnotatorSession } from '../src/app/annotator-session';
import { isExtensionPage, offerSharedAnnotator } from '../src/app/shared-annotator';
import { detectArticle, type ArticleKind } from '../src/detect/detect';
import { findArticleScope } from '../src/extract/article-scope';
import { sampleText } from '../src/detect/sample-page';
import {
  isMessage,
  type ArticleInfo,
  type ArticleInfoRequest,
  type ReaderContentRequest,
  type ToggleRosterMessage,
} from '../src/messages';

/**
 * The background only injects this where the detector said yes, so it can afford a long look; but
 * the article's passages usually come early, so a short look goes first and the long one (which
 * costs ~10 ms on a page with megabytes of comments) only if that finds nothing.
 */
const ANNOTATOR_SAMPLES = [
  { chars: 8_000, nodes: 250 },
  { chars: 400_000, nodes: 50_000 },
];
/** After a client-side navigation, give the page's script a moment to put the new content in. */
const SETTLE_MS = 150;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  async main(ctx) {
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
    const start = async () => {
      const detectStart = performance.now();
      let kind: ArticleKind | null = null;
      for (const budget of ANNOTATOR_SAMPLES) {
        kind = detectArticle({ url: location.href, title: document.title, text: sampleText(document, budget).text });
        if (kind) break;
      }
      const detectMs = performance.now() - detectStart;
      if (!kind || !ctx.isValid) return;
      session = await startAnnotatorSession({
        doc: document,
        kind,
        browserLanguage: browser.i18n.getUILanguage(),
        findScope: findArticleScope,
        detectMs,
      });
    };
    await start();

    // A single-page app moved to another address: what was marked may be gone; look again.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session?.stop();
      session = null;
      ctx.setTimeout(() => void start(), SETTLE_MS);
    });

    const onMessage = (message: unknown): Promise<ArticleInfo | ReaderContent | null | void> | undefined => {
      if (!session) return undefined;
      if (isMessage<ArticleInfoRequest>(message, 'qx:article-info')) return Promise.resolve(session.info());
      if (isMessage<ReaderContentRequest>(message, 'qx:reader-content')) return Promise.resolve(session.readerContent());
      if (isMessage<ToggleRosterMessage>(message, 'qx:toggle-roster')) return Promise.resolve(session.toggleRoster());
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session?.stop();
      flag.__qxAnnotator = false;
    });
  },
});

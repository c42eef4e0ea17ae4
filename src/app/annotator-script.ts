/**
 * What annotator.js does where it is run (entrypoints/annotator.ts only wires it): in a web page,
 * annotate it once per world, look again when the page's address changes, and answer the popup,
 * the reader view and the shortcuts; in the reader view, lend it the annotator instead.
 */
import { detectArticle, type ArticleKind } from '../detect/detect';
import { ANNOTATOR_SAMPLES } from '../detect/reading-budgets';
import type { DetectorState } from '../detect/run-detector';
import { sampleText } from '../detect/sample-page';
import { locateArticle, readArticleScope } from '../extract/article-scope';
import { isMessage, type AddressChangedMessage } from '../messages';
import { isExtensionPage } from '../platform';
import { answerMessage } from './messages';
import { announceStart, untilExtensionGoes, type RuntimeIdentity } from './script-lifetime';
import { startAnnotatorSession, type AnnotatorSession } from './session';
import { offerSharedAnnotator } from './shared-annotator';

const ARTICLE_EXTRACTOR = { locate: locateArticle, read: readArticleScope };

/** After a client-side navigation, give the page's script a moment to put the new content in. */
export const SETTLE_MS = 150;

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** The parts of the extension API the annotator script uses here. */
export interface AnnotatorApi {
  runtime: RuntimeIdentity & { onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void } };
  i18n: { getUILanguage(): string };
}

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

export function runAnnotatorScript(api: AnnotatorApi, startSession = startAnnotatorSession): void {
  // Loaded by the reader view: lend it the annotator rather than annotate the extension page.
  if (isExtensionPage()) {
    offerSharedAnnotator({ startAnnotatorSession });
    return;
  }
  // First, so that an annotator left behind by a reloaded extension gives way (and clears the flag).
  announceStart(document);
  // The background may inject twice (a second detection, the reader's look): annotate once.
  const flag = globalThis as DetectorState;
  if (flag.__qxAnnotator) return;
  flag.__qxAnnotator = true;
  const lifetime = untilExtensionGoes(api.runtime, document);
  const onMessage = annotatePage(api, startSession, lifetime);
  api.runtime.onMessage.addListener(onMessage);
  lifetime.addEventListener('abort', () => {
    api.runtime.onMessage.removeListener(onMessage);
    flag.__qxAnnotator = false;
  });
}

/**
 * Annotates this page until `lifetime` ends, with one signal per address (a single-page app moved
 * on: what was marked may be gone, so look again); returns the listener for the extension's messages.
 */
function annotatePage(api: AnnotatorApi, startSession: typeof startAnnotatorSession, lifetime: AbortSignal): Listener {
  let session: AnnotatorSession | null = null;
  let running = new AbortController();
  let lookedAt = location.href;
  let settling: ReturnType<typeof setTimeout> | undefined;
  const start = async (signal: AbortSignal) => {
    const kind = detectHere();
    if (!kind || signal.aborted) return;
    const started = await startSession({ doc: document, kind, browserLanguage: api.i18n.getUILanguage(), extractor: ARTICLE_EXTRACTOR }, signal);
    // A navigation while the session started has aborted it: it has undone itself, and is not ours.
    if (!signal.aborted) session = started;
  };
  const lookAgain = () => {
    // Every frame of the tab hears of the tab's new address; only one whose own address moved looks again.
    if (location.href === lookedAt) return;
    lookedAt = location.href;
    running.abort();
    session = null;
    running = new AbortController();
    const { signal } = running;
    clearTimeout(settling);
    settling = setTimeout(() => void start(signal), SETTLE_MS);
  };
  lifetime.addEventListener('abort', () => {
    clearTimeout(settling);
    running.abort();
  });
  void start(running.signal);
  return (message) => {
    if (isMessage<AddressChangedMessage>(message, 'qx:address-changed')) return void lookAgain();
    return session ? answerMessage(session, message) : undefined;
  };
}

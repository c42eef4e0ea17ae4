/**
 * Keeps the annotator in step with the reader's settings: glosses switch in place; a change of
 * categories or interface language undoes every mark and marks the page again, so nothing stale
 * is left behind.
 */
import { articleUrlToLinkBack, rememberArticleUrl } from '../citations/article-home';
import type { ArticleKind } from '../detect/detect';
import type { ArticleScope } from '../extract/article-scope';
import { isTooLarge, measurePage, PAGE_LIMITS, type PageSize } from '../extract/page-size';
import { loadGlossary } from '../glossary/load';
import type { Category } from '../glossary/types';
import { ANNOTATOR_STRINGS } from '../i18n/annotator-strings';
import { createI18n, pickUiLanguage } from '../i18n/i18n';
import type { ArticleInfo } from '../messages';
import { CATEGORIES, loadSettings, watchSettings, type Settings } from '../settings/settings';
import { startAnnotator, type Annotator, type ReaderContent } from './annotator';

export interface AnnotatorSession {
  info(): ArticleInfo;
  toggleRoster(): void;
  readerContent(): ReaderContent | null;
  stop(): void;
}

function enabledCategories(settings: Settings): Set<Category> {
  return new Set(CATEGORIES.filter((category) => settings.categories[category]));
}

/** Whether a settings change needs the page marked again (rather than a gloss switch). */
function needsRemark(a: Settings, b: Settings): boolean {
  return a.uiLanguage !== b.uiLanguage || CATEGORIES.some((category) => a.categories[category] !== b.categories[category]);
}

/** Ends the current task, so the page's own work can run before the next step. */
function letThePageRun(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A session on a page too large to read whole, where the article could not be found. */
function tooLargeSession(kind: ArticleKind, size: PageSize): AnnotatorSession {
  return {
    info: () => ({ kind, mentionCount: 0, tooLarge: { ...size, limits: PAGE_LIMITS } }),
    toggleRoster() {},
    readerContent: () => null,
    stop() {},
  };
}

export async function startAnnotatorSession(options: {
  doc: Document;
  kind: ArticleKind;
  /** The browser's UI language, for the 'auto' interface language. */
  browserLanguage: string;
  /** Annotate everything under this element (the reader view), or what findScope finds (pages). */
  scopeRoot?: Element;
  /** Calls nextTask between its steps, so that no one task of the page holds all of them. */
  findScope?: (doc: Document, nextTask: () => Promise<void>) => Promise<ArticleScope | null>;
  /** Open the cast at once (the reader view). */
  rosterOpen?: boolean;
  /** How long the content script's own detection took, for the timings. */
  detectMs?: number;
}): Promise<AnnotatorSession | null> {
  const { doc, kind, browserLanguage, scopeRoot } = options;
  let rosterOpen = options.rosterOpen ?? false;

  let settings = await loadSettings();
  const glossary = await loadGlossary();
  let stopped = false;
  // The Wired story links back to the copy of the article this reader last opened.
  if (kind === 'qbitai' && !scopeRoot) await rememberArticleUrl(doc.location.href);
  const articleUrl = kind === 'wired' ? await articleUrlToLinkBack() : undefined;

  const annotate = async (current: Settings): Promise<Annotator | null> => {
    // Finding the article, Readability and marking each get a task of their own: none alone blocks
    // the page long. extractMs counts the first two's own time, not the page's in between.
    let scope: ArticleScope | undefined;
    let extractMs = 0;
    if (!scopeRoot) {
      let started = performance.now();
      const nextTask = async () => {
        extractMs += performance.now() - started;
        await letThePageRun();
        started = performance.now();
      };
      scope = (await options.findScope?.(doc, nextTask)) ?? undefined;
      extractMs += performance.now() - started;
      if (!scope) return null;
      await letThePageRun();
      if (stopped) return null;
    }
    const uiLanguage = pickUiLanguage(browserLanguage, current.uiLanguage);
    const i18n = await createI18n(uiLanguage, ANNOTATOR_STRINGS);
    const annotator = startAnnotator({
      doc,
      kind,
      uiLanguage,
      t: (key, values) => i18n.t(key, values),
      categories: enabledCategories(current),
      scopeRoot,
      scope,
      extractMs,
      articleUrl,
      glossary,
    });
    annotator?.setGlosses(current.glosses);
    annotator?.setRosterOpen(rosterOpen);
    return annotator;
  };
  let annotator = await annotate(settings);
  if (!annotator) {
    // findScope reads the whole page only when the page is within the size limits and the
    // article's passages could not be placed; past the limits, the popup says why nothing is marked.
    const size = scopeRoot ? null : measurePage(doc);
    return size && isTooLarge(size) ? tooLargeSession(kind, size) : null;
  }

  // Changes are applied in order, one at a time, even when they come faster than a re-mark.
  let applying = Promise.resolve();
  const unwatch = watchSettings((next) => {
    applying = applying.then(async () => {
      if (stopped) return;
      if (needsRemark(settings, next)) {
        annotator?.stop();
        annotator = await annotate(next);
      } else {
        annotator?.setGlosses(next.glosses);
      }
      settings = next;
    });
  });

  return {
    info: () => ({
      kind,
      mentionCount: annotator?.mentionCount ?? 0,
      timings: annotator ? { detectMs: options.detectMs ?? 0, ...annotator.timings } : undefined,
    }),
    toggleRoster() {
      rosterOpen = !rosterOpen;
      annotator?.setRosterOpen(rosterOpen);
    },
    readerContent: () => annotator?.readerContent() ?? null,
    stop() {
      stopped = true;
      unwatch();
      annotator?.stop();
      annotator = null;
    },
  };
}

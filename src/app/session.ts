/**
 * The annotator's session on one page (or in the reader view): loads the reader's settings and
 * the glossary, finds the article once, and runs a marking pass (src/app/pass.ts) that follows the
 * settings. Everything it starts ends when `signal` aborts, including what a start still under way
 * has made: after every await it checks the signal, and every pass hangs off it.
 */
import type { ArticleKind } from '../detect/detect';
import type { ArticleLocation, ArticleScope } from '../extract/article-scope';
import { isTooLarge, measurePage, PAGE_LIMITS } from '../extract/page-size';
import { loadGlossary } from '../glossary/load';
import type { MarkingGlossary } from '../glossary/types';
import { annotatorTranslator } from '../i18n/annotator-strings';
import { pickUiLanguage } from '../i18n/languages';
import { traditionalConverter, type ToTraditional } from '../i18n/traditional';
import type { ArticleInfo, ReaderContent } from '../messages';
import { CATEGORIES, loadSettings, watchSettings, type Settings } from '../settings/settings';
import type { PassContext } from './context';
import { startPass, type Pass, type PassSettings } from './pass';
import { profileFor, type ArticleProfile, type ProfileSetup } from './profiles';

export interface AnnotatorSession {
  info(): ArticleInfo;
  toggleRoster(): void;
  readerContent(): ReaderContent | null;
}

export interface SessionOptions {
  doc: Document;
  kind: ArticleKind;
  /** The browser's UI language, for the 'auto' interface language. */
  browserLanguage: string;
  /** Annotate everything under this element (the reader view), or what the extractor finds (pages). */
  scopeRoot?: Element;
  extractor?: ArticleExtractor;
  /** Open the cast at once (the reader view). */
  rosterOpen?: boolean;
}

/**
 * Finding the article body on a page, in two steps (src/extract/article-scope.ts): a cheap one that
 * locates the part of the page holding the article's passages, and Readability's verdict on it.
 */
export interface ArticleExtractor {
  locate(doc: Document): ArticleLocation;
  read(doc: Document, location: ArticleLocation): ArticleScope | null;
}

/** Whether a settings change needs the page marked again (rather than a gloss switch). */
function needsRemark(a: Settings, b: Settings): boolean {
  return a.uiLanguage !== b.uiLanguage || CATEGORIES.some((category) => a.categories[category] !== b.categories[category]);
}

/** Ends the current task, so the page's own work can run before the next step. */
function letThePageRun(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs one step of finding the article, timed as a performance measure of that name. */
function timed<T>(name: 'qx:locate' | 'qx:readability', step: () => T): T {
  const started = performance.now();
  const result = step();
  performance.measure(name, { start: started });
  return result;
}

export async function startAnnotatorSession(options: SessionOptions, signal: AbortSignal): Promise<AnnotatorSession | null> {
  const { doc, kind, scopeRoot, extractor } = options;
  const profile = profileFor(kind);
  const [settings, glossary, setup] = await Promise.all([loadSettings(), loadGlossary(), profile.prepare(doc.location.href)]);
  if (signal.aborted) return null;
  const inputs = { options, profile, setup, glossary, toTraditional: traditionalConverter(glossary.traditional), settings };
  if (scopeRoot) {
    return sessionOf(kind, startPasses({ ...inputs, elements: new Set([scopeRoot, ...scopeRoot.querySelectorAll('*')]) }, signal), null);
  }
  if (!extractor) return null;
  // Three tasks (locating, Readability, marking), so the page's own work can run between them.
  // Marking before Readability's verdict, and taking back what it left out, cost more in all: the
  // take-back lays the article out a second time (measured: 133 against 117 ms added to the load).
  const location = timed('qx:locate', () => extractor.locate(doc));
  await letThePageRun();
  if (signal.aborted) return null;
  const scope = timed('qx:readability', () => extractor.read(doc, location));
  if (!scope) return tooLargeSession(kind, doc);
  await letThePageRun();
  if (signal.aborted) return null;
  return sessionOf(kind, startPasses({ ...inputs, elements: scope.elements }, signal), () => readerContentOf(scope, kind, doc));
}

function sessionOf(kind: ArticleKind, runner: PassRunner, readerContent: (() => ReaderContent) | null): AnnotatorSession {
  return {
    info: () => ({ kind, mentionCount: runner.pass().mentions.live().length }),
    toggleRoster: () => runner.pass().cast.setOpen(!runner.pass().cast.open),
    readerContent: () => readerContent?.() ?? null,
  };
}

/**
 * Readability reads the whole page only when the page is within the size limits and the article's
 * passages could not be placed; past the limits, the popup says why nothing is marked.
 */
function tooLargeSession(kind: ArticleKind, doc: Document): AnnotatorSession | null {
  const size = measurePage(doc);
  if (!isTooLarge(size)) return null;
  return { info: () => ({ kind, mentionCount: 0, tooLarge: { ...size, limits: PAGE_LIMITS } }), toggleRoster() {}, readerContent: () => null };
}

function readerContentOf(scope: ArticleScope, kind: ArticleKind, doc: Document): ReaderContent {
  return {
    kind,
    title: scope.title,
    byline: scope.byline,
    url: doc.location.href,
    // Reading markup from our detached copy; the reader view sanitizes it before showing it.
    // eslint-disable-next-line no-restricted-properties
    html: scope.content.innerHTML,
  };
}

interface PassInputs {
  options: SessionOptions;
  profile: ArticleProfile;
  setup: ProfileSetup;
  glossary: MarkingGlossary;
  /** One for the session, so each text is converted once whatever the passes. */
  toTraditional: ToTraditional;
  elements: Set<Element>;
  settings: Settings;
}

/** What a pass needs that depends on the settings: the interface language (and its strings) and the categories. */
function passSettings({ options, profile, setup, glossary, toTraditional }: PassInputs, settings: Settings): PassSettings {
  const uiLanguage = pickUiLanguage(options.browserLanguage, settings.uiLanguage);
  return {
    doc: options.doc,
    profile,
    setup,
    glossary,
    entries: new Map(glossary.entries.map((entry) => [entry.id, entry])),
    uiLanguage,
    toTraditional,
    t: annotatorTranslator(uiLanguage),
    categories: new Set(CATEGORIES.filter((category) => settings.categories[category])),
  };
}

/** The passes of a session; the current one is what the reader sees. */
interface PassRunner {
  pass(): Pass;
}

/**
 * Runs the first pass, and a new one whenever the categories or the language change; glosses switch
 * in place. Changes are applied in order, one at a time, even when they come faster than a re-mark.
 * The first pass marks in the caller's task, which has just checked that `signal` is live.
 */
function startPasses(inputs: PassInputs, signal: AbortSignal): PassRunner {
  let settings = inputs.settings;
  let castOpen = inputs.options.rosterOpen ?? false;
  let generation = 0;
  const settled = ({ writer, overlay }: PassContext) => writer.setOverlayState(overlay, 'generation', String(++generation));

  let ending: AbortController | null = null;
  const run = (ready: PassSettings): Pass => {
    // The old pass is undone and the new one marks in the same task: no frame shows the page bare.
    ending?.abort();
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    ending = controller;
    const pass = startPass(ready, inputs.elements, controller.signal, settled);
    pass.glosses.set(settings.glosses);
    if (castOpen) pass.cast.setOpen(true);
    return pass;
  };
  let pass = run(passSettings(inputs, settings));
  settled(pass.context);

  let applying = Promise.resolve();
  const unwatch = watchSettings((next) => {
    applying = applying.then(() => {
      if (signal.aborted) return;
      castOpen = pass.cast.open;
      const remark = needsRemark(settings, next);
      settings = next;
      if (remark) pass = run(passSettings(inputs, next));
      else pass.glosses.set(next.glosses);
      settled(pass.context);
    });
  });
  signal.addEventListener('abort', unwatch);
  return { pass: () => pass };
}

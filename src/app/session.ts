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
import type { CompiledGlossary } from '../glossary/types';
import { annotatorTranslator } from '../i18n/annotator-strings';
import { pickUiLanguage } from '../i18n/languages';
import { traditionalConverter, type ToTraditional } from '../i18n/traditional';
import type { ArticleInfo, ReaderContent } from '../messages';
import { CATEGORIES, loadSettings, watchSettings, type Settings } from '../settings/settings';
import { MARKED_EVENT, type PassContext } from './context';
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
  /** The elements worth marking before Readability has judged them, or null to wait for its verdict. */
  provisional(location: ArticleLocation): Set<Element> | null;
  /** Readability's verdict; it calls `beforeWholePage` before it reads the whole page, which must then be bare of our marks. */
  read(doc: Document, location: ArticleLocation, beforeWholePage: () => void): ArticleScope | null;
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
function timed<T>(name: 'qx:extract' | 'qx:confirm', step: () => T): T {
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
    const runner = startPasses({ ...inputs, elements: new Set([scopeRoot, ...scopeRoot.querySelectorAll('*')]) }, signal);
    return runner && sessionOf(kind, runner, null);
  }
  if (!extractor) return null;
  const location = timed('qx:extract', () => extractor.locate(doc));
  await letThePageRun();
  if (signal.aborted) return null;
  // Mark what was located at once; Readability then has its say in a task of its own (below).
  const provisional = extractor.provisional(location);
  const early = provisional && startPasses({ ...inputs, elements: provisional }, signal, { provisional: true });
  if (signal.aborted) return null;
  await letThePageRun();
  if (signal.aborted) return null;
  const scope = timed('qx:confirm', () => extractor.read(doc, location, () => early?.end()));
  if (!scope) {
    early?.end();
    return tooLargeSession(kind, doc);
  }
  if (early && !early.ended()) {
    early.rescope(scope.elements);
    return sessionOf(kind, early, () => readerContentOf(scope, kind, doc));
  }
  // Marks taken back for Readability to read the whole page come back in the same task; otherwise
  // the page runs between Readability and the marking.
  if (!early) await letThePageRun();
  if (signal.aborted) return null;
  const runner = startPasses({ ...inputs, elements: scope.elements }, signal);
  return runner && sessionOf(kind, runner, () => readerContentOf(scope, kind, doc));
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
  glossary: CompiledGlossary;
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

/** The passes of a session: the current one, and, on a page marked before Readability's verdict, the verdict's effect. */
interface PassRunner {
  pass(): Pass;
  /**
   * Readability's elements replace the provisional ones: marks outside them are taken back and the
   * rest stay as they are; where they add elements, the page is marked again, in the same task.
   * Either way the session has then settled.
   */
  rescope(elements: ReadonlySet<Element>): void;
  /** Undoes every pass (Readability found no article after all, or is about to read the whole page). */
  end(): void;
  ended(): boolean;
}

/**
 * Runs the first pass, and a new one whenever the categories or the language change; glosses switch
 * in place. Changes are applied in order, one at a time, even when they come faster than a re-mark.
 * A provisional first pass states that it has settled only once rescope() has run.
 */
function startPasses(inputs: PassInputs, sessionSignal: AbortSignal, { provisional = false } = {}): PassRunner | null {
  if (sessionSignal.aborted) return null;
  const passes = new AbortController();
  sessionSignal.addEventListener('abort', () => passes.abort(), { signal: passes.signal });
  const { signal } = passes;
  const { elements } = inputs;
  let settings = inputs.settings;
  let castOpen = inputs.options.rosterOpen ?? false;
  let generation = 0;
  let confirmed = !provisional;
  const settled = ({ writer, overlay }: PassContext) => confirmed && writer.setOverlayState(overlay, 'generation', String(++generation));

  let ending: AbortController | null = null;
  let current: PassSettings;
  const run = (ready: PassSettings): Pass => {
    // The old pass is undone and the new one marks in the same task: no frame shows the page bare.
    ending?.abort();
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    ending = controller;
    current = ready;
    const pass = startPass(ready, elements, controller.signal, settled);
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
  return {
    pass: () => pass,
    rescope(verdict) {
      const grows = [...verdict].some((element) => !elements.has(element));
      // The same set object, which the passes (and their re-render watchers) read from.
      elements.clear();
      for (const element of verdict) elements.add(element);
      castOpen = pass.cast.open;
      if (grows) pass = run(current);
      // Marks outside the body (a headline naming OpenAI) go; the rest stay as they are.
      else if (pass.context.writer.undoOutside(verdict)) pass.context.events.dispatchEvent(new Event(MARKED_EVENT));
      confirmed = true;
      settled(pass.context);
    },
    end: () => passes.abort(),
    ended: () => signal.aborted,
  };
}

/**
 * What every feature of one marking pass is given: the page, its profile, the reader's choices,
 * the one writer, and the one signal that ends the pass. A feature registers every listener,
 * observer, timer and element of its own with `signal` (or the writer), so aborting it is the
 * whole of stopping.
 */
import type { PageWriter } from '../annotate/page-writer';
import type { Translate } from '../card/Card';
import type { Category, MarkingEntry, MarkingGlossary } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import type { ToTraditional } from '../i18n/traditional';
import type { ArticleProfile, ProfileSetup } from './profiles';

export interface PassContext {
  doc: Document;
  profile: ArticleProfile;
  setup: ProfileSetup;
  glossary: MarkingGlossary;
  entries: ReadonlyMap<string, MarkingEntry>;
  uiLanguage: UiLanguage;
  /** The zh-TW interface's conversion of the glossary's and citations' Chinese texts, built on first use. */
  toTraditional: ToTraditional;
  /** The page script's own strings (src/i18n/annotator-strings.ts); the cards and the cast bring theirs. */
  t: Translate;
  categories: ReadonlySet<Category>;
  writer: PageWriter;
  /** Our overlay's shadow root, where cards and the cast are drawn. */
  overlay: ShadowRoot;
  signal: AbortSignal;
  /** Fires 'marked' after new text was marked (a re-rendered paragraph), so features can follow. */
  events: EventTarget;
}

export const MARKED_EVENT = 'marked';

/** Calls `listener` each time the pass marks new text, until the pass ends. */
export function onMarked(context: PassContext, listener: () => void): void {
  context.events.addEventListener(MARKED_EVENT, listener, { signal: context.signal });
}

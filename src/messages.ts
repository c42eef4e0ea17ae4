/** Messages between the extension's parts. */
import type { ArticleKind } from './detect/detect';

/** Detector → background: this tab's frame holds the article; please inject the annotator. */
export interface ArticleDetectedMessage {
  type: 'qx:article-detected';
}

/**
 * Background → annotator, in every frame of a tab it went into: the tab's address changed (a new
 * route of a single-page app). An annotator whose own frame has moved looks at its page again.
 */
export interface AddressChangedMessage {
  type: 'qx:address-changed';
  url: string;
}

/** Popup → background: the reader asks to look for the article in this tab, whatever its title. */
export interface LookHereRequest {
  type: 'qx:look-here';
  tabId: number;
}

/**
 * Background → popup: 'found' (the annotator is on its way, as after any detection), 'not-found',
 * 'not-allowed' (the browser lets no extension script in: its own pages, the stores, local files
 * without access) or 'known-homes-only' (the reader chose to run on WeChat, qbitai.com and Wired only).
 */
export type LookHereAnswer = 'found' | 'not-found' | 'not-allowed' | 'known-homes-only';

/** Popup → annotator: what is on this page? */
export interface ArticleInfoRequest {
  type: 'qx:article-info';
}

export interface ArticleInfo {
  kind: ArticleKind;
  mentionCount: number;
  /** Set when the page was too large to annotate: its size and the limits. */
  tooLarge?: { elements: number; characters: number; limits: { elements: number; characters: number } };
}

export function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

/**
 * Annotator → background, whenever a marking pass has marked a different number of people: what the
 * toolbar button says for this tab. The annotator words the title, in the interface language.
 */
export interface MarkedMessage {
  type: 'qx:marked';
  people: number;
  title: string;
}

/** Popup or background → annotator: open or close the cast panel. */
export interface ToggleRosterMessage {
  type: 'qx:toggle-roster';
}

/** Reader view → annotator: the article as Readability extracted it. */
export interface ReaderContentRequest {
  type: 'qx:reader-content';
}

/** Annotator → reader view: Readability's copy of the article, as markup to sanitize. */
export interface ReaderContent {
  kind: ArticleKind;
  title: string;
  byline: string | null;
  url: string;
  html: string;
}

/**
 * Annotator → background: what marking needs of the glossary (a MarkingGlossary), which the
 * background reads from the extension's files.
 */
export interface GlossaryRequest {
  type: 'qx:glossary';
}

/** Annotator → background, when the cards come: the glossary's entries whole (CompiledEntry[]), for the cards and the cast. */
export interface CardEntriesRequest {
  type: 'qx:card-entries';
}

/** Annotator → background: inject card-ui.js (the cards and the cast) into the sending frame; answers once it has run. */
export interface CardUiRequest {
  type: 'qx:card-ui';
}

/**
 * What differs between the two pages the extension reads, in one object per kind of page, chosen
 * once (as hypothesis/client picks one integration per document): the Chinese article explains
 * nicknames and cites its sources; the Wired story shows the nicknames of the names it uses and
 * links back to the Chinese article. Nothing outside src/app/profiles/ branches on the kind.
 */
import type { ArticleCopy } from '../../citations/article-home';
import type { Citation, PassageSpan } from '../../citations/citations';
import type { ArticleKind } from '../../detect/detect';
import type { MarkingEntry } from '../../glossary/types';
import type { AliasTarget } from '../../match/alias-index';
import type { Translate } from '../../card/Card';
import type { CardView } from '../../card/card-view';
import type { UiLanguage } from '../../i18n/i18n';
import type { ToTraditional } from '../../i18n/traditional';

/** A citation marker as the page shows it: its text, where it goes, and what it says to assistive tech. */
export interface CitationMarker {
  href: string;
  text: string;
  label: string;
}

/** What a profile learns once per session before marking (the Wired story needs the article's address). */
export interface ProfileSetup {
  /** On the Wired story: the copy of the Chinese article the links back go to. */
  articleCopy?: ArticleCopy;
  /** On a copy of the article: keeps each cited passage as this copy writes it, for the links back. */
  recordPassage?: (citationId: string, words: string) => void;
}

export interface ArticleProfile {
  readonly kind: ArticleKind;
  /** The strings that name an entry on this page. */
  aliasesOf(entry: MarkingEntry): readonly string[];
  /** What the gloss after a mention says (沙哥 → "Noam Shazeer"), or null for no gloss. */
  glossOf(entry: MarkingEntry, target: AliasTarget): string | null;
  /** The language the glosses are written in. */
  readonly glossLanguage: 'en' | 'zh';
  /** The citations that get a marker on this page. */
  readonly citations: readonly Citation[];
  /**
   * The citations whose passage a run of this page's text may hold, found in one pass over the
   * text; only these are given to findPassage. Without it, every citation is tried on every run.
   */
  citationsIn?(text: string): ReadonlySet<Citation>;
  /** Where a citation's passage is in a run of this page's text, or null if it is not there. */
  findPassage(text: string, citation: Citation): PassageSpan | null;
  /** Told of each citation's passage as the page writes it, once its marker is placed. */
  passageFound?(citation: Citation, words: string, setup: ProfileSetup): void;
  citationMarker(citation: Citation, strings: { t: Translate; uiLanguage: UiLanguage; toTraditional: ToTraditional; setup: ProfileSetup }): CitationMarker;
  /** The article's own reference URLs in a run of text, to make links of (only the article has them). */
  findReferences(text: string): Array<{ start: number; end: number; url: string }>;
  /** How cards differ on this page. */
  readonly cardView: CardView;
  /** Runs once per session on a page (not the reader view), before marking. */
  prepare(pageUrl: string): Promise<ProfileSetup>;
}

/**
 * How much of a page's text each reader of it may take, in one place: the budgets depend on each
 * other (the annotator's long look and the anchoring walk must reach as far as the detector's
 * longest look, or a page the detector called the article would be left bare).
 *
 * A budget caps text nodes as well as characters: visiting a node costs more than reading a
 * character, so a page of a hundred thousand tiny nodes is cheap too. Characters are those a reader
 * can see; text nodes of scripts and styles count as nodes only (src/detect/text-walker.ts).
 */
export interface TextBudget {
  readonly chars: number;
  readonly nodes: number;
}

/** Pages that cannot be a copy of the article (no Chinese in the title; Wired, known by address). */
export const NO_LOOK: TextBudget = { chars: 0, nodes: 0 };

/**
 * The detector on a page with Chinese in its title: where the article starts the page, its
 * telltale passages come within the first few thousand characters, and 250 nodes keep the look at
 * a 3 MB page of something else to about a millisecond.
 */
export const SHORT_LOOK: TextBudget = { chars: 8_000, nodes: 250 };

/**
 * The detector on a page whose title carries the article's title words: reposts put their own
 * menus, ads and teasers first, so it reads far on, nineteen times the article's length in visible
 * text (scripts and styles, however long, do not count). Reading and searching costs about 0.1 ms
 * per thousand text nodes or per 10,000 characters on a quiet machine, so a 3 MB page titled like
 * the article that is not it costs a few milliseconds; there are few such pages.
 */
export const TITLED_LOOK: TextBudget = { chars: 100_000, nodes: 10_000 };

/**
 * The annotator's long look, on a page the detector already said yes to: past the detector's
 * titled look, so the annotator never turns down a page the detector accepted.
 */
const LONG_LOOK: TextBudget = { chars: 400_000, nodes: 50_000 };

/**
 * The annotator's own check: the passages usually come early, so the short look goes first; the
 * long one (about 10 ms on the article followed by megabytes of comments) only when that finds
 * nothing.
 */
export const ANNOTATOR_SAMPLES: readonly TextBudget[] = [SHORT_LOOK, LONG_LOOK];

/**
 * The walk that finds where on the page the article's passages are reads as far as the
 * annotator's long look, so that wherever that look found the article, the walk finds it too. It
 * stops once the passages are found, so the bound matters only on pages where they are not.
 */
export const ANCHOR_BUDGET: TextBudget = LONG_LOOK;

/**
 * Finding the article by its own words: where the passages the detector knows occur in a page's
 * text, read piece by piece. Pure string logic; anchor.ts walks the DOM and feeds it.
 */
import { PASSAGES_REQUIRED } from '../detect/detect';
import { ARTICLE_PASSAGES_SIMPLIFIED, ARTICLE_PASSAGES_TRADITIONAL } from '../detect/fingerprints';
import { isBlank } from '../match/blank';

/**
 * Characters of the article's body and reference list as QbitAI published it, whitespace not
 * counted (a unit test checks it against the project's copy of the article).
 */
export const ARTICLE_LENGTH = 5_300;

/**
 * How far past the last passage found the walk goes on looking for more. The widest gap between
 * two passages in the article is under half its length; markup whitespace and a repost's
 * inserted ads stretch it, so the walk allows twice the article's length.
 */
export const READ_PAST_LAST_PASSAGE = 2 * ARTICLE_LENGTH;

/**
 * The passages of one copy of the article lie within this many characters of each other. A
 * passage quoted elsewhere on the page (a comment, a teaser) is farther off and is left out.
 */
export const PASSAGE_CLUSTER_SPAN = 3 * ARTICLE_LENGTH;

const PASSAGES: readonly string[] = [...new Set<string>([...ARTICLE_PASSAGES_SIMPLIFIED, ...ARTICLE_PASSAGES_TRADITIONAL])];
const LONGEST_PASSAGE = Math.max(...PASSAGES.map((passage) => passage.length));

export interface PassageHit {
  passage: string;
  /** Offsets in the whole text fed so far. */
  start: number;
  end: number;
}

/**
 * Reads text in pieces (a passage may straddle two pieces) and keeps the first place each passage
 * occurs, in the order they were found.
 */
export class PassageScanner {
  readonly hits: PassageHit[] = [];
  private readonly missing = new Set(PASSAGES);
  /** The end of the text read so far, kept to find a passage that straddles two pieces. */
  private tail = '';
  private read = 0;
  private lastHitEnd = 0;

  feed(piece: string): void {
    const text = this.tail + piece;
    const textStart = this.read - this.tail.length;
    for (const passage of this.missing) {
      const at = text.indexOf(passage);
      if (at === -1) continue;
      this.missing.delete(passage);
      this.hits.push({ passage, start: textStart + at, end: textStart + at + passage.length });
      this.lastHitEnd = Math.max(this.lastHitEnd, textStart + at + passage.length);
    }
    this.read += piece.length;
    this.tail = text.slice(-(LONGEST_PASSAGE - 1));
  }

  /** Characters fed so far. */
  get length(): number {
    return this.read;
  }

  /**
   * Whether reading on could not change the answer: every passage of one spelling found, or
   * enough of them found and none for a long stretch since (a copy missing a passage).
   */
  get done(): boolean {
    const found = (passage: string) => !this.missing.has(passage);
    if (ARTICLE_PASSAGES_SIMPLIFIED.every(found) || ARTICLE_PASSAGES_TRADITIONAL.every(found)) return true;
    return this.hits.length >= PASSAGES_REQUIRED && this.read - this.lastHitEnd > READ_PAST_LAST_PASSAGE;
  }
}

/**
 * The hits that belong to one copy of the article: the most that fit within
 * PASSAGE_CLUSTER_SPAN of each other (the earliest such group on a tie), in text order; empty when
 * fewer than PASSAGES_REQUIRED do, as the detector would not have called that the article.
 */
export function clusterOfPassages(hits: readonly PassageHit[]): PassageHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let best = { from: 0, to: 0 };
  for (let from = 0, to = 0; from < sorted.length; from++) {
    to = Math.max(to, from);
    while (to < sorted.length && sorted[to]!.end - sorted[from]!.start <= PASSAGE_CLUSTER_SPAN) to++;
    if (to - from > best.to - best.from) best = { from, to };
  }
  const cluster = sorted.slice(best.from, best.to);
  return cluster.length >= PASSAGES_REQUIRED ? cluster : [];
}

/**
 * Characters that are not whitespace: what a reader sees, whatever the markup's indentation.
 * Counting stops once past `stopAfter`, so one huge text node costs no more than the question needs.
 */
export function countVisibleCharacters(text: string, stopAfter = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAfter; i++) if (!isBlank(text.charCodeAt(i))) count++;
  return count;
}

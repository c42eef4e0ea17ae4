/**
 * Turns glossary entries into the list of strings to look for on a page; which of an entry's
 * aliases a page uses is the page profile's choice (src/app/profiles/).
 */
import type { Category, MarkingEntry } from '../glossary/types';

export interface AliasTarget {
  alias: string;
  entryId: string;
  /** True when the alias is written in Latin letters and so needs word boundaries around it. */
  latin: boolean;
  /** Longer words containing the alias that mean something else. */
  notInside: readonly string[];
  /** True for the article's nicknames (沙哥), false for plain names (Noam Shazeer). */
  isNickname: boolean;
}

const LATIN = /[A-Za-z]/;

export function buildAliasIndex(
  entries: readonly MarkingEntry[],
  aliasesOf: (entry: MarkingEntry) => readonly string[],
  categories: ReadonlySet<Category> = new Set(['person', 'organisation', 'work', 'term', 'slang']),
): AliasTarget[] {
  const targets: AliasTarget[] = [];
  for (const entry of entries) {
    if (!categories.has(entry.category)) continue;
    const notInside = [...(entry.aliases.notInside ?? []), ...(entry.aliases.notInsideHant ?? [])];
    for (const alias of aliasesOf(entry)) {
      const latin = LATIN.test(alias);
      const isNickname = !latin && entry.category === 'person';
      targets.push({ alias, entryId: entry.id, latin, notInside: latin ? [] : notInside, isNickname });
    }
  }
  return targets;
}

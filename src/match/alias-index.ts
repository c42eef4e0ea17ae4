/**
 * Turns glossary entries into the list of strings to look for on a page of a given kind:
 * Chinese (Simplified and Traditional) and the article's own Latin spellings on the QbitAI article,
 * English names on the Wired story.
 */
import type { ArticleKind } from '../detect/detect';
import type { Category, CompiledEntry } from '../glossary/types';

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
  entries: readonly CompiledEntry[],
  kind: ArticleKind,
  categories: ReadonlySet<Category> = new Set(['person', 'organisation', 'work', 'term']),
): AliasTarget[] {
  const targets: AliasTarget[] = [];
  for (const entry of entries) {
    if (!categories.has(entry.category)) continue;
    const notInside = [...(entry.aliases.notInside ?? []), ...entry.aliases.notInsideHant];
    const aliases =
      kind === 'wired' ? entry.aliases.en : [...entry.aliases.zh, ...entry.aliases.zhHant, ...entry.aliases.latin];
    for (const alias of aliases) {
      const latin = LATIN.test(alias);
      const isNickname = !latin && entry.category === 'person';
      targets.push({ alias, entryId: entry.id, latin, notInside: latin ? [] : notInside, isNickname });
    }
  }
  return targets;
}

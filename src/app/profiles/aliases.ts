/** Which of an entry's aliases each page uses (pure, so the benchmark and glossary tests can share it). */
import type { MarkingEntry } from '../../glossary/types';

/** The Chinese article: Simplified and Traditional nicknames and names, and its own Latin spellings. */
export const chineseArticleAliases = ({ aliases }: MarkingEntry): readonly string[] => [
  ...(aliases.zh ?? []),
  ...(aliases.zhHant ?? []),
  ...(aliases.latin ?? []),
];

/** The Wired story: English names. */
export const wiredAliases = (entry: MarkingEntry): readonly string[] => entry.aliases.en ?? [];

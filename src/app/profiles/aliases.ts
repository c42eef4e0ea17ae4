/** Which of an entry's aliases each page uses (pure, so the benchmark and glossary tests can share it). */
import type { CompiledEntry } from '../../glossary/types';

/** The Chinese article: Simplified and Traditional nicknames and names, and its own Latin spellings. */
export const chineseArticleAliases = ({ aliases }: CompiledEntry): readonly string[] => [
  ...(aliases.zh ?? []),
  ...(aliases.zhHant ?? []),
  ...(aliases.latin ?? []),
];

/** The Wired story: English names. */
export const wiredAliases = (entry: CompiledEntry): readonly string[] => entry.aliases.en ?? [];

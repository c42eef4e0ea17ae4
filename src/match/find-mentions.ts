/**
 * Finds glossary aliases in a run of text. Pure string logic: text in, offsets out.
 * One regular expression with the aliases longest first, so "Hans Uszkoreit" wins over "Uszkoreit"
 * and 计算语言学家老父亲 over any shorter alias inside it.
 */
import type { AliasTarget } from './alias-index';
import { escapeRegExp } from './escape-regexp';

export interface Mention {
  start: number;
  end: number;
  target: AliasTarget;
}

export interface MentionFinder {
  find(text: string): Mention[];
}

const LATIN_WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;

/** True when the match sits inside one of the longer words the glossary says are something else. */
function insideExcludedWord(text: string, start: number, target: AliasTarget): boolean {
  for (const word of target.notInside) {
    for (let at = word.indexOf(target.alias); at !== -1; at = word.indexOf(target.alias, at + 1)) {
      if (text.startsWith(word, start - at)) return true;
    }
  }
  return false;
}

function onWordBoundaries(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return !(before && LATIN_WORD_CHAR.test(before)) && !(after && LATIN_WORD_CHAR.test(after));
}

export function createMentionFinder(targets: readonly AliasTarget[]): MentionFinder {
  const byAlias = new Map<string, AliasTarget>();
  for (const target of targets) byAlias.set(target.alias, target);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  if (aliases.length === 0) return { find: () => [] };
  const pattern = new RegExp(aliases.map(escapeRegExp).join('|'), 'g');

  return {
    find(text) {
      const mentions: Mention[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        const target = byAlias.get(match[0])!;
        const accepted = target.latin ? onWordBoundaries(text, start, end) : !insideExcludedWord(text, start, target);
        if (accepted) {
          mentions.push({ start, end, target });
        } else {
          // A shorter alias may still start here or just after; retry one character on.
          pattern.lastIndex = start + 1;
        }
      }
      return mentions;
    },
  };
}

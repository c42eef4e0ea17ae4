/**
 * The glossary's marking part, which the page script asks for before it marks: what marking, the
 * glosses and the cast's count read, exactly as compiled, and none of the cards' texts.
 */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { markingPart } from './parts';
import type { CompiledEntry } from './types';

const marking = markingPart(glossary);

/**
 * The texts of an entry that are a card's alone: the bilingual texts, the pinyin, the links and the
 * source (the Latin name, often an alias too, is kept out by the checks of the fields).
 */
function cardTexts(entry: CompiledEntry): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (['en', 'zh', 'pinyin', 'url', 'title', 'wikipedia', 'wired'].includes(key)) texts.push(value);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, Array.isArray(value) ? key : childKey);
    }
  };
  for (const [key, value] of Object.entries(entry)) if (key !== 'aliases' && key !== 'name') walk(value, key);
  return texts;
}

describe('the glossary’s marking part', () => {
  it('holds each entry’s id, category, aliases, names and nickname as compiled, in order, and the Traditional conversion', () => {
    expect(marking.entries).toHaveLength(glossary.entries.length);
    for (const [index, entry] of marking.entries.entries()) {
      const compiled = glossary.entries[index]!;
      expect(entry.id).toBe(compiled.id);
      expect(entry.category).toBe(compiled.category);
      expect(entry.aliases).toEqual(compiled.aliases);
      expect(entry.name.native).toBe(compiled.name.native);
      expect(entry.name.zh).toBe(compiled.name.zh);
      expect(entry.nickname?.text).toBe(compiled.nickname?.text);
    }
    expect(marking.traditional).toBe(glossary.traditional);
  });

  it('holds nothing else of an entry: no card texts cross to the page before marking', () => {
    for (const entry of JSON.parse(JSON.stringify(marking.entries)) as Record<string, Record<string, unknown>>[]) {
      expect(Object.keys(entry).filter((key) => !['id', 'category', 'aliases', 'name', 'nickname'].includes(key)), String(entry.id)).toEqual([]);
      expect(Object.keys(entry.name!).filter((key) => key !== 'native' && key !== 'zh'), String(entry.id)).toEqual([]);
      if (entry.nickname) expect(Object.keys(entry.nickname)).toEqual(['text']);
    }
    const shipped = JSON.stringify(marking.entries);
    const texts = glossary.entries.flatMap(cardTexts);
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(shipped).not.toContain(JSON.stringify(text));
  });

  it('is a fifth of the glossary or less', () => {
    expect(JSON.stringify(marking).length).toBeLessThan(JSON.stringify(glossary).length / 5);
  });
});

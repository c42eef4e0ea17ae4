// @vitest-environment happy-dom
/**
 * The glossary's two parts: the page script marks with the marking part alone, and the cards draw
 * the entries joined again once the card part has come.
 */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../tests/support/render-card';
import { joinEntries, splitGlossary } from './parts';
import type { CompiledEntry } from './types';

const { marking, cards } = splitGlossary(glossary);

/** Every text of an entry that is a card's alone: the bilingual texts, the pinyin, the links and sources. */
function cardTexts(entry: CompiledEntry): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (key === 'en' || key === 'zh' || key === 'pinyin' || key === 'url' || key === 'title' || key === 'wikipedia' || key === 'wired') texts.push(value);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, Array.isArray(value) ? key : childKey);
    }
  };
  for (const [key, value] of Object.entries(entry)) if (key !== 'aliases' && key !== 'name') walk(value, key);
  return texts;
}

describe('the glossary’s marking and card parts', () => {
  it('join back into every compiled entry, in order, nothing lost or changed', () => {
    expect([...joinEntries(marking.entries, cards).values()]).toEqual(glossary.entries);
    expect(marking.traditional).toBe(glossary.traditional);
  });

  it('draw every card as the compiled entry draws it, in English and in Traditional Chinese', () => {
    const joined = joinEntries(marking.entries, cards);
    for (const { id } of glossary.entries) {
      for (const uiLanguage of ['en', 'zh-TW'] as const) {
        const whole = renderCard(id, { uiLanguage });
        const fromParts = renderCard(id, { uiLanguage, entries: joined });
        expect(fromParts.innerHTML, `${id} in ${uiLanguage}`).toBe(whole.innerHTML);
        whole.remove();
        fromParts.remove();
      }
    }
  });

  it('give the page script only what marking, glosses and the cast’s count read: no card texts', () => {
    for (const entry of marking.entries) {
      expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['aliases', 'category', 'id', 'name']));
      expect(Object.keys(entry).every((key) => ['aliases', 'category', 'id', 'name', 'nickname'].includes(key)), entry.id).toBe(true);
      expect(Object.keys(entry.name).every((key) => key === 'native' || key === 'zh'), entry.id).toBe(true);
      if (entry.nickname) expect(Object.keys(entry.nickname)).toEqual(['text']);
    }
    const shipped = JSON.stringify(marking.entries);
    const texts = glossary.entries.flatMap(cardTexts);
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(shipped).not.toContain(JSON.stringify(text));
  });

  it('leave the card texts, the bulk of the glossary, out of what the page asks for before marking', () => {
    expect(JSON.stringify(marking.entries).length).toBeLessThan(JSON.stringify(glossary.entries).length / 5);
  });
});

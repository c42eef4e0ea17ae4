import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '../i18n/traditional';
import { chineseTextsOf, FULL_DICTIONARIES, subsetDictionaries, traditionalMismatches } from './traditional-dictionaries';
import type { GlossaryEntry, TraditionalDictionaries } from './types';
import { readGlossaryFiles } from './vite-plugin';

const written = readGlossaryFiles().flatMap((file) => (file.raw as { entries: GlossaryEntry[] }).entries);
const texts = written.flatMap(chineseTextsOf);

describe('subsetDictionaries', () => {
  // Made-up dictionaries, small enough to say what each stage must keep.
  const full: TraditionalDictionaries = {
    normalizationChain: [['X Y|Q R']],
    segmentation: ['头发 頭髮|发展 發展'],
    conversionChain: [
      ['头发 頭髮|发展 發展', '头 頭|发 發|们 們|说 說'],
      // 头 is only in the first stage's input; 的頭 only spans two phrases of its output.
      ['們 們|头 X|的頭 Z|頭髮 頭髮絲'],
    ],
  };

  it('keeps, at each stage, the entries whose keys occur in what that stage reads', () => {
    expect(subsetDictionaries(full, ['X我们的头发'])).toEqual({
      normalizationChain: [['X Y']],
      segmentation: ['头发 頭髮'],
      conversionChain: [['头发 頭髮', '头 頭|发 發|们 們'], ['們 們|頭髮 頭髮絲']],
    });
  });

  it('converts the texts it was cut for as the full dictionaries do', () => {
    const text = 'X我们的头发';
    expect(traditionalConverter(subsetDictionaries(full, [text]))(text)).toBe(traditionalConverter(full)(text));
    expect(traditionalConverter(full)(text)).toBe('Y我們的頭髮絲');
  });

  it('drops a dictionary none of whose keys occur, which opencc-js could not load empty', () => {
    expect(subsetDictionaries(full, ['说']).conversionChain).toEqual([['说 說'], []]);
  });
});

describe('the dictionaries cut for the glossary', () => {
  const subset = subsetDictionaries(FULL_DICTIONARIES, texts.map((text) => text.simplified));

  it('convert every Chinese text of every entry as OpenCC’s cn → twp converter does', () => {
    expect(texts.length).toBeGreaterThan(200);
    expect(traditionalMismatches(texts, subset)).toEqual([]);
  });

  it('are a small part of OpenCC’s', () => {
    const size = (dictionaries: TraditionalDictionaries) => JSON.stringify(dictionaries).length;
    expect(size(subset)).toBeLessThan(size(FULL_DICTIONARIES) / 50);
  });

  it('once broken, fail the check with a message naming the entry and the field', () => {
    const broken = structuredClone(subset);
    const taiwanPhrases = broken.conversionChain[1]!;
    taiwanPhrases[0] = taiwanPhrases[0]!.split('|').filter((line) => line !== '英偉達 輝達').join('|');
    expect(taiwanPhrases[0]).not.toBe(subset.conversionChain[1]![0]);
    const mismatches = traditionalMismatches(texts, broken);
    expect(mismatches).toContainEqual(expect.stringMatching(/^entry "nvidia" at role\.zh, character 0: .* write "英偉達 CE" where OpenCC writes "輝達 CEO"$/));
    for (const mismatch of mismatches) expect(mismatch).toContain('英偉達');
  });
});

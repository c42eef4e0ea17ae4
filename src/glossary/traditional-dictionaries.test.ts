import { describe, expect, it } from 'vitest';
import { traditionalConverter } from '../i18n/traditional';
import { chineseTextsOf, FULL_DICTIONARIES, subsetDictionaries, traditionalConversionFor, traditionalMismatches } from './traditional-dictionaries';
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
    const convert = (dictionaries: TraditionalDictionaries) => traditionalConverter({ dictionaries, usage: '', fixes: '' })(text);
    expect(convert(subsetDictionaries(full, [text]))).toBe(convert(full));
    expect(convert(full)).toBe('Y我們的頭髮絲');
  });

  it('drops a dictionary none of whose keys occur, which opencc-js could not load empty', () => {
    expect(subsetDictionaries(full, ['说']).conversionChain).toEqual([['说 說'], []]);
  });
});

describe('the conversion cut for the glossary', () => {
  const cut = traditionalConversionFor(texts.map((text) => text.simplified));

  it('converts every Chinese text of every entry as OpenCC’s cn → tw converter and the whole usage table do', () => {
    expect(texts.length).toBeGreaterThan(200);
    expect(traditionalMismatches(texts, cut)).toEqual([]);
  });

  it('is a small part of OpenCC’s dictionaries', () => {
    const size = (dictionaries: TraditionalDictionaries) => JSON.stringify(dictionaries).length;
    expect(size(cut.dictionaries)).toBeLessThan(size(FULL_DICTIONARIES) / 50);
  });

  it('once its dictionaries are broken, fails the check with a message naming the entry and the field', () => {
    const broken = structuredClone(cut);
    const characters = broken.dictionaries.conversionChain[0]!;
    // Both the phrase and the character, so that nothing turns 伟 into 偉 any more.
    broken.dictionaries.conversionChain[0] = characters.map((dictionary) =>
      dictionary.split('|').filter((line) => !/^(英伟达|伟) /.test(line)).join('|'),
    );
    const mismatches = traditionalMismatches(texts, broken);
    expect(mismatches).toContainEqual(expect.stringMatching(/^entry "nvidia" at role\.zh, character 0: .* write "英伟達 CE" where OpenCC and the usage table write "輝達 CEO"$/));
    for (const mismatch of mismatches) expect(mismatch).toContain('伟');
  });

  it('once a usage rule is missing, fails the check where a text needed it', () => {
    const rules = cut.usage.split('|');
    const broken = { ...cut, usage: rules.filter((rule) => rule !== '軟件 軟體').join('|') };
    expect(broken.usage.split('|')).toHaveLength(rules.length - 1);
    const mismatches = traditionalMismatches(texts, broken);
    expect(mismatches.length).toBeGreaterThan(0);
    for (const mismatch of mismatches) expect(mismatch).toMatch(/write "[^"]*軟件[^"]*" where OpenCC and the usage table write "[^"]*軟體/);
  });
});

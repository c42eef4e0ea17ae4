import { describe, expect, it } from 'vitest';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import { convertCharacters, taiwanConverter, USAGE_TABLE, validateUsageTable } from './taiwan-usage';
import { chineseTextsOf } from './traditional-dictionaries';
import type { GlossaryEntry } from './types';
import { readCitations, readGlossaryFiles } from './vite-plugin';

/** The glossary's texts and the citations' summaries, which zh-TW shows converted the same way. */
const glossaryTexts = [...readGlossaryFiles().flatMap((file) => (file.raw as { entries: GlossaryEntry[] }).entries), ...readCitations()]
  .flatMap(chineseTextsOf)
  .map((text) => text.simplified);

function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(strings);
}

function mapStrings(value: unknown, convert: (text: string) => string): unknown {
  if (typeof value === 'string') return convert(value);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, child]) => [key, mapStrings(child, convert)]));
}

describe('the Taiwan usage table', () => {
  it('has no entry that no text uses', () => {
    const used = new Set<string>();
    const record = (traditional: string) => used.add(traditional);
    const inGlossary = taiwanConverter('glossary', record);
    for (const text of glossaryTexts) inGlossary(text);
    const inInterface = taiwanConverter('interface', record);
    for (const text of strings(zhCN)) inInterface(text);
    const unused = USAGE_TABLE.filter((entry) => !used.has(convertCharacters(entry.simplified))).map((entry) => entry.simplified);
    expect(USAGE_TABLE.length).toBeGreaterThan(30);
    expect(unused).toEqual([]);
  });

  it('keeps interface-only words as the glossary writes them', () => {
    const toTaiwan = taiwanConverter('glossary');
    expect(toTaiwan('在数据和算力上扩展的模型')).toBe('在資料和算力上擴展的模型');
    expect(taiwanConverter('interface')('扩展不改动本页')).toBe('擴充功能不改動本頁');
  });

  it('spaces a Latin replacement from the Chinese beside it, and nothing else', () => {
    const toTaiwan = taiwanConverter('glossary');
    expect(toTaiwan('都在谷歌工作')).toBe('都在 Google 工作');
    expect(toTaiwan('2023 年谷歌大脑并入')).toBe('2023 年 Google 大腦併入');
    expect(toTaiwan('（谷歌）')).toBe('（Google）');
  });

  it('rejects an entry without a note, with an unknown field, or listed twice, naming it', () => {
    const entry = { simplified: '软件', taiwan: '軟體', note: 'Software.' };
    expect(validateUsageTable({ entries: [entry] })).toEqual([entry]);
    expect(() => validateUsageTable({ entries: [{ ...entry, note: ' ' }] })).toThrow(/entry #0 \("软件"\): "note" must be a non-empty string/);
    expect(() => validateUsageTable({ entries: [{ ...entry, scope: 'ui' }] })).toThrow(/unknown field scope/);
    expect(() => validateUsageTable({ entries: [entry, entry] })).toThrow(/entry #1 \("软件"\): "软件" is listed twice/);
    expect(() => validateUsageTable({ entries: [{ ...entry, taiwan: '軟件' }] })).toThrow(/OpenCC already writes "軟件"/);
    expect(() => validateUsageTable({})).toThrow(/"entries" must be a list/);
    expect(() => validateUsageTable({ entries: [{ ...entry, simplified: '刀塔 2', taiwan: 'Dota 2' }] })).toThrow(/"simplified" may not hold a space/);
    expect(() => validateUsageTable({ entries: [{ ...entry, characterFix: true, taiwan: '軟體程式' }] })).toThrow(/a character fix must keep the words/);
  });

  it('applies a character fix inside a quotation of the article too, and word rules only outside it', () => {
    const convert = taiwanConverter('glossary');
    expect(convert('“第三个评价是只是还算ok”')).toBe('「第三個評價是只是還算ok」');
    expect(convert('“大语言模型”与大语言模型')).toBe('「大語言模型」與大型語言模型');
  });
});

describe('locales/zh-TW.json', () => {
  it('is zh-CN converted as `npm run locales` converts it', () => {
    expect(zhTW).toEqual(mapStrings(zhCN, taiwanConverter('interface')));
  });
});

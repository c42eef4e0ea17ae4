/**
 * The Traditional Chinese a zh-TW reader sees: every glossary text as the extension converts it,
 * and every string of locales/zh-TW.json.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import zhTW from '../../locales/zh-TW.json';
import { CITATIONS } from '../../src/citations/citations';
import { chineseTextsOf } from '../../src/glossary/traditional-dictionaries';
import { taiwanQuotationMarks, traditionalConverter } from '../../src/i18n/traditional';

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
}

const toTraditional = traditionalConverter(glossary.traditional);
/** Characters only: what a quotation of the article may become. */
const convertCharacters = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** The glossary's texts and the citations' summaries (marker labels): all converted the same way. */
const glossaryTexts = [...glossary.entries, ...CITATIONS].flatMap(chineseTextsOf).map(({ entryId, field, simplified }) => ({
  where: `${entryId} ${field}`,
  simplified,
  shown: toTraditional(simplified),
}));
const shownTexts: Array<[string, string]> = [
  ...glossaryTexts.map(({ where, shown }): [string, string] => [where, shown]),
  ...strings(zhTW).map(([key, text]): [string, string] => [`locales/zh-TW.json ${key}`, text]),
];

/** Renderings a Taiwanese reader finds wrong here, each with why. */
const WRONG: Array<[RegExp, string]> = [
  [/引數/, 'a function argument; a model’s parameters are 參數'],
  [/迴圈神經網路|迴圈結構/, 'a program loop; the recurrent network is 循環神經網路'],
  [/重新整理了/, 'a page reload; setting a new record is 刷新'],
  [/擴充套件/, 'a browser add-on, where the text means scaling or the extension (擴充功能)'],
  [/相互連線|連線權重/, 'a network link; neurons’ connections are 連接'],
  [/指令碼/, 'a program script; a chatbot’s script is 腳本'],
  [/型別/, 'a programming-language type; kinds of data are 類型'],
  [/穀歌/, '穀 is grain; Google'],
  [/傑弗裡/, '裡 is “inside”; Taiwan writes Geoffrey Hinton as 傑佛瑞·辛頓'],
  [/[“”]|[‘’](?![A-Za-z])/, 'Taiwan quotes with 「 」 (and 『 』 inside them), not curly quotes'],
];

describe('zh-TW text', () => {
  it('has none of the known wrong renderings, in the glossary or the interface', () => {
    expect(glossaryTexts.length).toBeGreaterThan(200);
    const found = shownTexts.flatMap(([where, text]) =>
      WRONG.filter(([pattern]) => pattern.test(text)).map(([pattern, why]) => `${where}: ${pattern.source} (${why})`),
    );
    expect(found).toEqual([]);
  });

  it('quotes the article in its own words, only in Traditional characters', () => {
    const shownWith = (quotation: string) => glossaryTexts.filter(({ simplified }) => simplified.includes(quotation)).map(({ shown }) => shown);
    expect(shownWith('“英伟达老黄组局”')).not.toEqual([]);
    for (const shown of shownWith('“英伟达老黄组局”')) expect(shown).toContain('「英偉達老黃組局」');
    expect(shownWith('“生成式 AI 搜索”')).not.toEqual([]);
    for (const shown of shownWith('“生成式 AI 搜索”')) expect(shown).toContain('「生成式 AI 搜索」');
    // Every quotation, anywhere: the usage table never reaches inside the quotation marks.
    for (const { where, simplified, shown } of glossaryTexts) {
      const quoted = (text: string, open: string, close: string) =>
        [...text.matchAll(new RegExp(`${open}([^${open}${close}]*)${close}`, 'g'))].map(([, words]) => words!);
      expect(quoted(shown, '「', '」'), where).toEqual(quoted(simplified, '“', '”').map((words) => taiwanQuotationMarks(convertCharacters(words))));
    }
  });
});

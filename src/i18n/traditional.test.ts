import { describe, expect, it, vi } from 'vitest';
import glossary from 'virtual:glossary';
import { taiwanConverter } from '../glossary/taiwan-usage';
import { chineseTextsOf } from '../glossary/traditional-dictionaries';
import { pickText } from './pick-text';
import { traditionalConverter } from './traditional';

// Counts the converters opencc-js builds and the strings they convert, without changing what they do.
const calls = vi.hoisted(() => ({ builds: 0, conversions: [] as string[] }));
vi.mock('opencc-js/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('opencc-js/core')>();
  const ConverterBuilder: typeof core.ConverterBuilder = (preset) => (options) => {
    calls.builds++;
    const convert = core.ConverterBuilder(preset)(options);
    return (text) => {
      calls.conversions.push(text);
      return convert(text);
    };
  };
  return { ...core, ConverterBuilder };
});

const convertFully = taiwanConverter('glossary');

describe('traditionalConverter, with the conversion shipped in the glossary', () => {
  it('converts every Chinese text of every entry as OpenCC’s cn → tw converter and the usage table do', () => {
    const toTraditional = traditionalConverter(glossary.traditional);
    const texts = glossary.entries.flatMap(chineseTextsOf);
    expect(texts.length).toBeGreaterThan(200);
    for (const { entryId, field, simplified } of texts) {
      expect(toTraditional(simplified), `${entryId} ${field}`).toBe(convertFully(simplified));
    }
    expect(toTraditional('英伟达的 GPU')).toBe('輝達的 GPU');
  });

  it('keeps the words of a quotation, converting only its characters', () => {
    const toTraditional = traditionalConverter(glossary.traditional);
    expect(toTraditional('文中称“英伟达的搜索”，即英伟达的搜索')).toBe('文中稱「英偉達的搜索」，即輝達的搜尋');
    expect(toTraditional('“谷歌”和谷歌')).toBe('「谷歌」和 Google');
  });

  it('quotes with Taiwan’s corner brackets, nested ones inside, and leaves apostrophes in Latin words', () => {
    const toTraditional = traditionalConverter(glossary.traditional);
    expect(toTraditional('他说“评价是‘还算ok’”')).toBe('他說「評價是『還算ok』」');
    expect(toTraditional('OpenAI’s 模型')).toBe('OpenAI’s 模型');
  });

  it('builds its converter on first use, and converts each string once', () => {
    calls.builds = 0;
    calls.conversions = [];
    const toTraditional = traditionalConverter(glossary.traditional);
    expect(calls.builds).toBe(0);
    expect([toTraditional('割麦子'), toTraditional('割麦子'), toTraditional('乌兹哥')]).toEqual(['割麥子', '割麥子', '烏茲哥']);
    expect(calls.builds).toBe(1);
    expect(calls.conversions).toEqual(['割麦子', '乌兹哥']);
  });
});

describe('pickText', () => {
  const text = { en: 'chip', zh: '芯片' };
  const toTraditional = vi.fn(() => '晶片');

  it('converts the Simplified text only for the zh-TW interface', () => {
    expect(pickText(text, 'en', 'zh-TW', toTraditional)).toBe('chip');
    expect(pickText(text, 'zh', 'zh-CN', toTraditional)).toBe('芯片');
    expect(pickText(text, 'zh', 'en', toTraditional)).toBe('芯片');
    expect(toTraditional).not.toHaveBeenCalled();
    expect(pickText(text, 'zh', 'zh-TW', toTraditional)).toBe('晶片');
    expect(toTraditional).toHaveBeenCalledWith('芯片');
  });
});

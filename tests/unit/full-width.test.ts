/**
 * The fixture generator's punctuation: the seed copy of the article was NFKC-normalised, and real
 * WeChat and qbitai.com copies write `，（）：；？！` wherever the text around them is Chinese.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFullWidthPunctuation } from '../../scripts/fixtures/full-width.mjs';

const seed = readFileSync(new URL('../fixtures/article/qbitai-transformer-authors.txt', import.meta.url), 'utf8').split(/\r?\n/);
/** A line of the seed by its 1-based number, as tests/fixtures/README.md counts them. */
const line = (n: number) => seed[n - 1]!.trim();

describe('toFullWidthPunctuation', () => {
  it('writes the article’s lines as the real copies have them', () => {
    expect(toFullWidthPunctuation(line(133))).toBe('Noam（沙哥）是一个巫师。');
    expect(toFullWidthPunctuation(line(3))).toBe('Transformer作者中唯一去了OpenAI的那位，公开承认了：');
    expect(toFullWidthPunctuation(line(29))).toBe('为什么是谷歌能搞出这等成果？谷歌又为什么在后来的大模型竞争中落后？');
    expect(toFullWidthPunctuation(line(215))).toBe('参考链接：');
    expect(toFullWidthPunctuation(line(17))).toBe('• Noam Shazeer（现Character.AI创始人）才是贡献最大的；');
    expect(toFullWidthPunctuation(line(169))).toBe('乌兹哥后来复盘，在2019年或者2020年谷歌就有机会推出GPT-3，甚至是GPT-3.5等级的模型，还发出灵魂提问：');
  });

  it('widens a bracket pair that holds Chinese even where it starts or ends beside Latin', () => {
    expect(toFullWidthPunctuation(line(63))).toBe('在这项研究中只使用了极小的文本训练（SNLI数据集，包含57万个人类写的英语句子）');
    expect(toFullWidthPunctuation(line(193))).toBe('瓦斯哥和帕姐先后携手创办Adept AI（估值10亿美元）、Essential AI（融资800万美元），都是自动化工作流程方向。');
    expect(toFullWidthPunctuation('在谷歌(Google)工作')).toBe('在谷歌（Google）工作');
  });

  it('keeps ASCII punctuation inside Latin runs: URLs, English titles and sentences, numbers', () => {
    expect(toFullWidthPunctuation(line(217))).toBe(line(217));
    expect(toFullWidthPunctuation('《All You Need Is Love》,改成《Attention is all you need》,其他人')).toBe(
      '《All You Need Is Love》，改成《Attention is all you need》，其他人',
    );
    const english = 'Hello, world (2017)! Is it? Yes: no; maybe. Attention Is All You Need (Vaswani et al., 2017).';
    expect(toFullWidthPunctuation(english)).toBe(english);
    expect(toFullWidthPunctuation('发表于2017年, 见arXiv:1706.03762')).toBe('发表于2017年， 见arXiv:1706.03762');
  });

  it('changes nothing but punctuation width: narrowing it again gives the seed back, line for line', () => {
    const narrow = (text: string) => text.replace(/[，（）：；？！]/gu, (mark) => mark.normalize('NFKC'));
    for (let n = 1; n <= 223; n++) {
      expect(narrow(toFullWidthPunctuation(line(n))), `line ${n}`).toBe(line(n));
    }
  });

  it('leaves no ASCII comma, colon, semicolon, question mark, exclamation mark or bracket beside Han in the body', () => {
    const beside = /[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/u;
    for (let n = 1; n <= 215; n++) expect(toFullWidthPunctuation(line(n)), `line ${n}`).not.toMatch(beside);
  });
});

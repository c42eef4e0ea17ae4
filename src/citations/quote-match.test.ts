import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import data from './citations.json';
import { computeQuoteFolds } from './quote-folds.build';
import QUOTE_FOLDS from './quote-folds.json';
import { findQuote, foldText, fragmentWords } from './quote-match';

const QUOTES = data.citations.map((citation) => citation.article.quote);
const found = (text: string, quote: string) => {
  const at = findQuote(text, quote);
  return at && text.slice(at.start, at.end);
};

describe('finding the article’s quotes as real copies write them', () => {
  it('finds a quote written with full-width punctuation, and returns the page’s own words', () => {
    expect(found('他说，Noam（沙哥）是一个巫师。', 'Noam(沙哥)是一个巫师')).toBe('Noam（沙哥）是一个巫师');
  });

  it('finds a quote on a page with half-width punctuation where ours has full-width', () => {
    expect(found('说Noam(沙哥)是一个巫师', 'Noam（沙哥）是一个巫师')).toBe('Noam(沙哥)是一个巫师');
  });

  it('finds a quote across the spaces editors put between Chinese and Latin words, and line breaks', () => {
    expect(found('于是拉来了第三位成员 Ashish\n  Vaswani。', '拉来了第三位成员Ashish Vaswani')).toBe('拉来了第三位成员 Ashish\n  Vaswani');
  });

  it('finds every quote in its Taiwan, Hong Kong and plain Traditional spellings, with full-width punctuation', () => {
    for (const to of ['t', 'tw', 'hk'] as const) {
      const convert = OpenCC.Converter({ from: 'cn', to });
      for (const quote of QUOTES) {
        const copy = `前文。${convert(quote).replace('(', '（').replace(')', '）')}，后文`;
        expect(found(copy, quote), `${to}: ${quote}`).toBe(convert(quote).replace('(', '（').replace(')', '）'));
      }
    }
  });

  it('finds nothing where the words differ', () => {
    expect(findQuote('Noam（沙哥）是一个魔法师', 'Noam(沙哥)是一个巫师')).toBeNull();
    expect(findQuote('', 'Noam(沙哥)是一个巫师')).toBeNull();
  });

  it('finds what folding both texts and searching finds, in texts made of the quotes written every way', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const pieces = QUOTES.flatMap((quote) => [quote, quote.slice(0, 5), quote.slice(3), toTraditional(quote)]);
    const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const written = fc.tuple(fc.constantFrom(...pieces, '，', '的', ' ', '\n', '\u3000', 'ASCII (a)'), fc.boolean()).map(([text, wide]) => (wide ? fullWidth(text) : text));
    // The plain way to find a quote: exactly, or else in both texts folded.
    const folding = (text: string, quote: string) => {
      const exact = text.indexOf(quote);
      if (exact !== -1) return { start: exact, end: exact + quote.length };
      const [haystack, needle] = [foldText(text), foldText(quote).text];
      const at = haystack.text.indexOf(needle);
      return at === -1 || needle === '' ? null : { start: haystack.origins[at]!, end: haystack.origins[at + needle.length - 1]! + 1 };
    };
    fc.assert(
      fc.property(fc.array(written, { maxLength: 6 }), fc.constantFrom(...QUOTES), (parts, quote) => {
        const text = parts.join('');
        expect(findQuote(text, quote)).toEqual(folding(text, quote));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds character by character, keeping where each came from', () => {
    expect(foldText('圓桌 ，A')).toEqual({ text: '圆桌,A', origins: [0, 1, 3, 4] });
  });

  it('makes one space of each run of whitespace for a text fragment', () => {
    expect(fragmentWords(' 成员 Ashish\n  Vaswani ')).toBe('成员 Ashish Vaswani');
  });
});

describe('src/citations/quote-folds.json', () => {
  it('is current with the quotes in citations.json (if not: node scripts/make-quote-folds.mjs)', () => {
    expect(QUOTE_FOLDS).toEqual(computeQuoteFolds(QUOTES));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'.*+?^${}()|[]\\/-沙哥 a'.split('')) }), (text) => {
        expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
      }),
    );
  });

  it('takes no special character for an operator', () => {
    expect(new RegExp(escapeRegExp('Q*')).test('Q')).toBe(false);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
    expect(new RegExp(escapeRegExp('(沙哥|凯哥)')).exec('凯哥 (沙哥|凯哥)')?.index).toBe(3);
  });
});

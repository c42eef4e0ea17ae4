import { describe, expect, it } from 'vitest';
import type { AliasTarget } from './alias-index';
import { createMentionFinder } from './find-mentions';

const target = (alias: string, entryId: string, notInside: string[] = []): AliasTarget => ({
  alias,
  entryId,
  latin: /[A-Za-z]/.test(alias),
  notInside,
  isNickname: !/[A-Za-z]/.test(alias),
});

const finder = createMentionFinder([
  target('沙哥', 'noam-shazeer'),
  target('凯哥', 'lukasz-kaiser'),
  target('凱哥', 'lukasz-kaiser'),
  target('老黄', 'jensen-huang', ['老黄瓜', '老黄历']),
  target('Uszkoreit', 'jakob-uszkoreit'),
  target('Hans Uszkoreit', 'hans-uszkoreit'),
  target('Noam', 'noam-shazeer'),
  target('学术大牛父亲', 'hans-uszkoreit'),
]);

const found = (text: string) => finder.find(text).map((m) => [text.slice(m.start, m.end), m.target.entryId]);

describe('findMentions', () => {
  it('finds each nickname with its entry and offsets', () => {
    const text = '经过凯哥的工位时，沙哥听到了对话';
    expect(finder.find(text).map((m) => [m.start, m.end, m.target.entryId])).toEqual([
      [2, 4, 'lukasz-kaiser'],
      [9, 11, 'noam-shazeer'],
    ]);
  });

  it('prefers the longest alias where two start at the same place', () => {
    expect(found('父亲Hans Uszkoreit是著名计算语言学家，Uszkoreit后来说')).toEqual([
      ['Hans Uszkoreit', 'hans-uszkoreit'],
      ['Uszkoreit', 'jakob-uszkoreit'],
    ]);
  });

  it('finds Traditional spellings', () => {
    expect(found('最終被凱哥說服加入')).toEqual([['凱哥', 'lukasz-kaiser']]);
  });

  it('does not match inside a longer word the glossary excludes', () => {
    expect(found('老黄瓜炒蛋，翻老黄历；英伟达老黄组局')).toEqual([['老黄', 'jensen-huang']]);
  });

  it('matches Latin names only on word boundaries, but right next to Chinese', () => {
    expect(found('Noam(沙哥)是一个巫师')).toEqual([
      ['Noam', 'noam-shazeer'],
      ['沙哥', 'noam-shazeer'],
    ]);
    expect(found('Noamic and XUszkoreit are not names')).toEqual([]);
  });

  it('returns nothing for text without aliases, and for an empty alias list', () => {
    expect(found('今天天气很好')).toEqual([]);
    expect(createMentionFinder([]).find('沙哥')).toEqual([]);
  });

  it('can be used again: no state leaks between calls', () => {
    expect(found('沙哥沙哥')).toHaveLength(2);
    expect(found('沙哥')).toHaveLength(1);
  });
});

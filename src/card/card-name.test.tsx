// @vitest-environment happy-dom
/** The Chinese name under a card's heading, in each interface language. */
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../tests/support/render-card';
import type { UiLanguage } from '../i18n/i18n';

function chineseNameOn(uiLanguage: UiLanguage, id = 'geoffrey-hinton'): { text: string | null; lang: string | null } {
  const name = renderCard(id, { uiLanguage }).querySelector('.zh-name');
  return { text: name?.textContent ?? null, lang: name?.getAttribute('lang') ?? null };
}

describe('the Chinese name on a card', () => {
  it('is in Traditional characters, as Taiwan writes it, for the zh-TW interface', () => {
    expect(chineseNameOn('zh-TW')).toEqual({ text: '傑佛瑞·辛頓', lang: 'zh-Hant' });
  });

  it('is left out where Taiwan writes the name the heading shows', () => {
    expect(chineseNameOn('zh-TW', 'google')).toEqual({ text: null, lang: null });
    expect(chineseNameOn('zh-CN', 'google')).toEqual({ text: '谷歌', lang: 'zh-Hans' });
  });

  it('stays as the glossary writes it for the other interfaces', () => {
    expect(chineseNameOn('zh-CN')).toEqual({ text: '杰弗里·辛顿', lang: 'zh-Hans' });
    expect(chineseNameOn('en')).toEqual({ text: '杰弗里·辛顿', lang: 'zh-Hans' });
  });
});

describe('the nickname on a card', () => {
  const nicknameOn = (uiLanguage: UiLanguage, id: string) => {
    const card = renderCard(id, { uiLanguage });
    return { text: card.querySelector('.nickname-text')?.textContent, lang: card.querySelector('.nickname')?.getAttribute('lang') };
  };

  it('is written as a Traditional copy writes it, for the zh-TW interface', () => {
    expect(nicknameOn('zh-TW', 'jakob-uszkoreit')).toEqual({ text: '烏茲哥', lang: 'zh-Hant' });
    expect(nicknameOn('zh-TW', 'aidan-gomez')).toEqual({ text: '割麥子', lang: 'zh-Hant' });
  });

  it('is the article’s word as the glossary has it for the other interfaces', () => {
    expect(nicknameOn('zh-CN', 'jakob-uszkoreit')).toEqual({ text: '乌兹哥', lang: 'zh-Hans' });
    expect(nicknameOn('en', 'jakob-uszkoreit')).toEqual({ text: '乌兹哥', lang: 'zh-Hans' });
  });
});

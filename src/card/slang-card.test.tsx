// @vitest-environment happy-dom
/** A slang card, as a learner reads it, and the link from a source's card to the article's reference. */
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../tests/support/render-card';

const textOf = (card: HTMLElement, selector: string) => card.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('a slang card', () => {
  it('heads with the expression, its kind and pinyin, then what it says, what it means here and how English says it', () => {
    const card = renderCard('anli', { uiLanguage: 'en' });
    expect(card.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('安利: what it means');
    expect(textOf(card, '.kind')).toBe('Internet slang');
    expect(textOf(card, 'h2.expression')).toBe('安利');
    expect(card.querySelector('h2.expression')?.getAttribute('lang')).toBe('zh-Hans');
    expect(textOf(card, '.pinyin')).toBe('ānlì');
    expect(textOf(card, '.literal')).toMatch(/^Literally Amway/);
    expect(textOf(card, '.here')).toMatch(/^Here Uszkoreit went round Google/);
    expect(textOf(card, '.equivalent')).toBe('In English to talk up');
    expect(card.querySelector('.english')?.getAttribute('lang')).toBe('en');
    // Not a person's card: no nickname, no "in the story".
    expect(card.querySelector('.nickname, .role, h2.name')).toBeNull();
  });

  it('speaks Chinese to a zh-CN reader, keeping the English equivalent in English', () => {
    const card = renderCard('juan', { uiLanguage: 'zh-CN' });
    expect(textOf(card, '.kind')).toBe('网络用语');
    expect(textOf(card, 'h2.expression')).toBe('卷');
    expect(textOf(card, '.literal')).toMatch(/^字面意思 “卷”取自内卷一词/);
    expect(textOf(card, '.here')).toMatch(/^在这里 “拼命卷自己”/);
    expect(textOf(card, '.equivalent')).toBe('英文说法 to grind');
  });

  it('writes the expression as a Traditional copy writes it for a zh-TW reader', () => {
    const card = renderCard('qiang-fanwan', { uiLanguage: 'zh-TW' });
    expect(textOf(card, 'h2.expression')).toBe('搶飯碗');
    expect(card.querySelector('h2.expression')?.getAttribute('lang')).toBe('zh-Hant');
    expect(textOf(card, '.kind')).toBe('慣用語');
  });

  it('spells 卷 one way for a zh-TW reader, as the heading and the copy’s 拼命卷自己 do (not OpenCC’s 內捲)', () => {
    const card = renderCard('juan', { uiLanguage: 'zh-TW' });
    expect(textOf(card, 'h2.expression')).toBe('卷');
    expect(textOf(card, '.literal')).toContain('取自內卷一詞');
    expect(card.textContent).not.toContain('內捲');
  });

  it('links its usage source where it has one, and no link where none records the usage', () => {
    expect(renderCard('anli', { uiLanguage: 'en' }).querySelector('a.source')?.getAttribute('href')).toBe('https://m.fx361.com/news/2019/0818/5437369.html');
    expect(renderCard('gao-shiqing', { uiLanguage: 'en' }).querySelector('.links a')).toBeNull();
  });
});

describe('the card of one of the article’s own sources', () => {
  it('links the reference the article cites, numbered as the article numbers it', () => {
    const card = renderCard('gtc-2024-transformer-panel', { uiLanguage: 'en' });
    const reference = card.querySelector('a.article-reference');
    expect(reference?.textContent).toBe("The article's source [2]");
    expect(reference?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=zBK2CPka5jo');
    // Its own first source is another page, so both are there.
    expect(card.querySelector('a.source')?.getAttribute('href')).toMatch(/blogs\.nvidia\.com/);
  });

  it('does not link the same page twice', () => {
    const card = renderCard('semianalysis', { uiLanguage: 'zh-CN' });
    expect(card.querySelectorAll('.links a')).toHaveLength(1);
    expect(textOf(card, 'a.article-reference')).toBe('本文参考链接 [3]');
  });
});

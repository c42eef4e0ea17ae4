// @vitest-environment happy-dom
/** A slang card, as a learner reads it, and the link from a source's card to the article's reference. */
import { render } from 'preact';
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import type { UiLanguage } from '../i18n/i18n';
import { traditionalConverter } from '../i18n/traditional';
import { Card } from './Card';

const entryById = (id: string) => glossary.entries.find((entry) => entry.id === id)!;
const toTraditional = traditionalConverter(glossary.traditional);
const LOCALES = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The locale's string for a key, with {{placeholders}} filled: what the reader sees. */
function translator(uiLanguage: UiLanguage) {
  return (key: string, options: Record<string, unknown> = {}) => {
    const template = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], LOCALES[uiLanguage]);
    return String(template).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}

function renderCard(uiLanguage: UiLanguage, id: string): HTMLElement {
  const root = document.createElement('div');
  const noop = () => {};
  render(
    <Card
      entry={entryById(id)}
      view={{ nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true }}
      uiLanguage={uiLanguage}
      toTraditional={toTraditional}
      t={translator(uiLanguage)}
      scheme="light"
      details
      sheet={false}
      onClose={noop}
      onPointerEnter={noop}
      onPointerLeave={noop}
    />,
    root,
  );
  return root;
}

const textOf = (card: HTMLElement, selector: string) => card.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('a slang card', () => {
  it('heads with the expression, its kind and pinyin, then what it says, what it means here and how English says it', () => {
    const card = renderCard('en', 'anli');
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
    const card = renderCard('zh-CN', 'juan');
    expect(textOf(card, '.kind')).toBe('网络用语');
    expect(textOf(card, 'h2.expression')).toBe('卷');
    expect(textOf(card, '.literal')).toMatch(/^字面意思 “卷”取自内卷一词/);
    expect(textOf(card, '.here')).toMatch(/^在这里 “拼命卷自己”/);
    expect(textOf(card, '.equivalent')).toBe('英文说法 to grind');
  });

  it('writes the expression as a Traditional copy writes it for a zh-TW reader', () => {
    const card = renderCard('zh-TW', 'qiang-fanwan');
    expect(textOf(card, 'h2.expression')).toBe('搶飯碗');
    expect(card.querySelector('h2.expression')?.getAttribute('lang')).toBe('zh-Hant');
    expect(textOf(card, '.kind')).toBe('慣用語');
  });

  it('spells 卷 one way for a zh-TW reader, as the heading and the copy’s 拼命卷自己 do (not OpenCC’s 內捲)', () => {
    const card = renderCard('zh-TW', 'juan');
    expect(textOf(card, 'h2.expression')).toBe('卷');
    expect(textOf(card, '.literal')).toContain('取自內卷一詞');
    expect(card.textContent).not.toContain('內捲');
  });

  it('links its usage source where it has one, and no link where none records the usage', () => {
    expect(renderCard('en', 'anli').querySelector('a.source')?.getAttribute('href')).toBe('https://m.fx361.com/news/2019/0818/5437369.html');
    expect(renderCard('en', 'gao-shiqing').querySelector('.links a')).toBeNull();
  });
});

describe('the card of one of the article’s own sources', () => {
  it('links the reference the article cites, numbered as the article numbers it', () => {
    const card = renderCard('en', 'gtc-2024-transformer-panel');
    const reference = card.querySelector('a.article-reference');
    expect(reference?.textContent).toBe("The article's source [2]");
    expect(reference?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=zBK2CPka5jo');
    // Its own first source is another page, so both are there.
    expect(card.querySelector('a.source')?.getAttribute('href')).toMatch(/blogs\.nvidia\.com/);
  });

  it('does not link the same page twice', () => {
    const card = renderCard('zh-CN', 'semianalysis');
    expect(card.querySelectorAll('.links a')).toHaveLength(1);
    expect(textOf(card, 'a.article-reference')).toBe('本文参考链接 [3]');
  });
});

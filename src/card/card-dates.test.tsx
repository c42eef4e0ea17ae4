// @vitest-environment happy-dom
/**
 * The dates on a card say each thing once: the label of the article's own claim already gives its
 * month, and the date we checked the bio's sources must not read as a second "as of" after the
 * bio's own dated facts.
 */
import { render } from 'preact';
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import { createI18n, type UiLanguage } from '../i18n/i18n';
import { traditionalConverter } from '../i18n/traditional';
import { Card } from './Card';

const toTraditional = traditionalConverter(glossary.traditional);
const entriesWithThen = glossary.entries.filter((entry) => entry.since);

async function cardText(uiLanguage: UiLanguage, id: string, part: string): Promise<string> {
  const i18n = await createI18n(uiLanguage, { en, 'zh-CN': zhCN, 'zh-TW': zhTW });
  const root = document.createElement('div');
  const noop = () => {};
  render(
    <Card
      entry={glossary.entries.find((entry) => entry.id === id)!}
      view={{ nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true }}
      uiLanguage={uiLanguage}
      toTraditional={toTraditional}
      t={i18n.t}
      scheme="light"
      details
      sheet={false}
      onClose={noop}
      onPointerEnter={noop}
      onPointerLeave={noop}
    />,
    root,
  );
  return root.querySelector(part)?.textContent ?? '';
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('what the article said in March 2024, on a card', () => {
  it('has entries to show', () => expect(entriesWithThen.length).toBeGreaterThanOrEqual(8));

  it.each(entriesWithThen.map((entry) => entry.id))('%s names the month once, in each language', async (id) => {
    expect(count(await cardText('en', id, '.since'), /March 2024/)).toBe(1);
    expect(count(await cardText('zh-CN', id, '.since'), /2024 年 3 月/)).toBe(1);
    expect(count(await cardText('zh-TW', id, '.since'), /2024 年 3 月/)).toBe(1);
  });
});

describe('the date under a bio', () => {
  it('says when its sources were checked, apart from the bio’s own “as of”', async () => {
    const bio = await cardText('en', 'noam-shazeer', '.bio p');
    expect(bio).toMatch(/\(sources checked \d{4}-\d{2}-\d{2}\)$/);
    expect(count(bio, /as of/gi)).toBeLessThanOrEqual(1);
    expect(await cardText('zh-CN', 'ashish-vaswani', '.bio p')).toMatch(/（截至 2025 年）。 \(资料核对于 \d{4}-\d{2}-\d{2}\)$/);
  });
});

// @vitest-environment happy-dom
/** The Chinese name under a card's heading, in each interface language. */
import { render } from 'preact';
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../i18n/i18n';
import { traditionalConverter } from '../i18n/traditional';
import { Card } from './Card';

const hinton = glossary.entries.find((entry) => entry.id === 'geoffrey-hinton')!;
const toTraditional = traditionalConverter(glossary.traditional);

function chineseNameOn(uiLanguage: UiLanguage): { text: string | null; lang: string | null } {
  const root = document.createElement('div');
  const noop = () => {};
  render(
    <Card
      entry={hinton}
      view={{ nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true }}
      uiLanguage={uiLanguage}
      toTraditional={toTraditional}
      t={(key) => key}
      scheme="light"
      onClose={noop}
      onPointerEnter={noop}
      onPointerLeave={noop}
    />,
    root,
  );
  const name = root.querySelector('.zh-name');
  return { text: name?.textContent ?? null, lang: name?.getAttribute('lang') ?? null };
}

describe('the Chinese name on a card', () => {
  it('is in Traditional characters, as Taiwan writes it, for the zh-TW interface', () => {
    expect(chineseNameOn('zh-TW')).toEqual({ text: '傑佛瑞·辛頓', lang: 'zh-Hant' });
  });

  it('stays as the glossary writes it for the other interfaces', () => {
    expect(chineseNameOn('zh-CN')).toEqual({ text: '杰弗里·辛顿', lang: 'zh-Hans' });
    expect(chineseNameOn('en')).toEqual({ text: '杰弗里·辛顿', lang: 'zh-Hans' });
  });
});

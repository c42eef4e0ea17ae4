/**
 * A glossary card drawn under happy-dom for the card's unit tests: the real Card, the real
 * glossary, and each interface language's real strings through i18next, as a reader would see them.
 */
import { render } from 'preact';
import glossary from 'virtual:glossary';
import { ARTICLE_REFERENCES } from '../../src/article/references';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import { Card } from '../../src/card/Card';
import { createI18n, UI_LANGUAGES, type UiLanguage } from '../../src/i18n/i18n';
import { traditionalConverter } from '../../src/i18n/traditional';

const toTraditional = traditionalConverter(glossary.traditional);
const translators = new Map(UI_LANGUAGES.map((language) => [language, createI18n(language, { en, 'zh-CN': zhCN, 'zh-TW': zhTW }).t] as const));

export interface CardOptions {
  uiLanguage?: UiLanguage;
  /** The details open (a pinned card, the reader view), or only the first view. */
  details?: boolean;
}

/** Draws the card of glossary entry `id` into a new element of the document, and returns that element. */
export function renderCard(id: string, { uiLanguage = 'en', details = true }: CardOptions = {}): HTMLElement {
  const entry = glossary.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no glossary entry "${id}"`);
  const root = document.createElement('div');
  document.body.append(root);
  const noop = () => {};
  render(
    <Card
      entry={entry}
      view={{ nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true, articleReferences: ARTICLE_REFERENCES }}
      uiLanguage={uiLanguage}
      toTraditional={toTraditional}
      t={translators.get(uiLanguage)!}
      scheme="light"
      details={details}
      sheet={false}
      onClose={noop}
      onPointerEnter={noop}
      onPointerLeave={noop}
    />,
    root,
  );
  return root;
}

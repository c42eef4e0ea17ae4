// @vitest-environment happy-dom
/**
 * A card's first view says who or what this is in a few lines; the joke, the notes, the bio and the
 * links are behind one disclosure button, open from the start where the card is asked for whole.
 */
import { act } from 'preact/test-utils';
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { renderCard as renderWholeCard, type CardOptions } from '../../tests/support/render-card';
import { UI_LANGUAGES } from '../i18n/i18n';
import { langAttribute, pickText, textLanguageOf } from '../i18n/pick-text';
import { traditionalConverter } from '../i18n/traditional';
import { LEAD_WIDTH, roleLead } from '../glossary/lead';

const toTraditional = traditionalConverter(glossary.traditional);
const entryById = (id: string) => glossary.entries.find((entry) => entry.id === id)!;

/** A card's first view, or the whole card with `details`. */
const renderCard = (id: string, options: CardOptions = {}) => renderWholeCard(id, { details: false, ...options });

/** Whether the reader sees an element: it is there, and neither it nor an ancestor is hidden. */
const shows = (card: HTMLElement, selector: string) => {
  const element = card.querySelector(selector);
  return element !== null && element.closest('[hidden]') === null;
};
const textOf = (card: HTMLElement, selector: string) => card.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const moreButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.more')!;

describe('a person’s card, first view', () => {
  it('shows the name, the nickname with its pinyin and the first of their part in the story; the rest is hidden', async () => {
    const card = renderCard('noam-shazeer');
    expect(textOf(card, 'h2.name')).toBe('Noam Shazeer');
    expect(textOf(card, '.nickname')).toBe('Nickname 沙哥 Shā gē');
    // The glossary's role opens with "Second name on the byline." and goes on for three more lines.
    expect(textOf(card, '.role')).toBe('In the story Second name on the byline.');
    for (const detail of ['.joke', '.since', '.bio', '.links']) expect(shows(card, detail), detail).toBe(false);
    expect(moreButton(card).getAttribute('aria-expanded')).toBe('false');
    expect(moreButton(card).textContent).toBe('Show more');
  });

  it('shows a role short enough whole', async () => {
    const card = renderCard('transformer');
    expect(textOf(card, '.role')).toBe(`In the story ${entryById('transformer').role.en}`);
  });
});

describe('the disclosure button', () => {
  it('shows the joke, the notes, the whole part in the story, the bio and the links, and hides them again', async () => {
    const card = renderCard('noam-shazeer');
    const button = moreButton(card);
    const details = card.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(details.hasAttribute('hidden')).toBe(true);
    await act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Show less');
    expect(details.hasAttribute('hidden')).toBe(false);
    for (const detail of ['.joke', '.since', '.bio', '.links a']) expect(shows(card, detail), detail).toBe(true);
    expect(textOf(card, '.role')).toBe(`In the story ${entryById('noam-shazeer').role.en}`);
    await act(() => button.click());
    expect(details.hasAttribute('hidden')).toBe(true);
    expect(shows(card, '.bio')).toBe(false);
    // The same button, so focus stays on it for a keyboard or screen-reader user.
    expect(card.querySelector('button.more')).toBe(button);
  });

  it('is open from the start for a card asked for whole', async () => {
    const card = renderCard('aidan-gomez', { uiLanguage: 'zh-CN', details: true });
    expect(moreButton(card).getAttribute('aria-expanded')).toBe('true');
    expect(moreButton(card).textContent).toBe('收起');
    for (const detail of ['.joke', '.slip', '.bio']) expect(shows(card, detail), detail).toBe(true);
  });
});

describe('a slang card, first view', () => {
  it('shows the expression, its pinyin and what it means here; what the words say and the English equivalent are details', async () => {
    const card = renderCard('anli', { uiLanguage: 'zh-TW' });
    for (const part of ['h2.expression', '.pinyin', '.here']) expect(shows(card, part), part).toBe(true);
    for (const detail of ['.literal', '.equivalent', '.bio']) expect(shows(card, detail), detail).toBe(false);
    expect(moreButton(card).textContent).toBe('展開');
  });
});

describe('the lead of every entry’s part in the story, in every interface language', () => {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
  const cases = glossary.entries.flatMap((entry) =>
    UI_LANGUAGES.map((uiLanguage) => {
      const language = textLanguageOf(uiLanguage);
      const lang = langAttribute(language, uiLanguage);
      const story = pickText(entry.role, language, uiLanguage, toTraditional);
      // The lead as the card shows it: found at build, converted like the rest on zh-TW.
      const lead = pickText(roleLead(entry), language, uiLanguage, toTraditional).trimEnd();
      // A Chinese lead is the same sentences in both scripts: what does not fit as Taiwan writes it is left out.
      const widest = (text: string) => (language === 'zh' ? Math.max(width(text), width(toTraditional(text))) : width(text));
      return { name: `${entry.id} (${uiLanguage})`, story, lang, lead, widest };
    }),
  );
  const sentencesOf = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map(({ segment }) => segment);

  it.each(cases)('$name is whole sentences from its start: all that fit in the width, at least the first', ({ story, lang, lead, widest }) => {
    const sentences = sentencesOf(story, lang);
    const taken = sentences.findIndex((_, i) => sentences.slice(0, i + 1).join('').trimEnd() === lead);
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(lead).toMatch(/[.。?？]$/);
    if (taken > 0) expect(width(lead)).toBeLessThanOrEqual(LEAD_WIDTH);
    if (taken < sentences.length - 1) expect(widest(lead + sentences[taken + 1]!.trimEnd())).toBeGreaterThan(LEAD_WIDTH);
  });

  // A first sentence too long for five lines of a card is one to split in the glossary.
  it.each(cases)('$name leaves no more than five lines in the first view', ({ lead }) => {
    expect(width(lead)).toBeLessThanOrEqual((LEAD_WIDTH * 5) / 3);
  });
});

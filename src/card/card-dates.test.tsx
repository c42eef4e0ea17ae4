// @vitest-environment happy-dom
/**
 * The dates on a card say each thing once: the label of the article's own claim already gives its
 * month, and the date we checked the bio's sources must not read as a second "as of" after the
 * bio's own dated facts.
 */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../tests/support/render-card';
import type { UiLanguage } from '../i18n/i18n';

const entriesWithThen = glossary.entries.filter((entry) => entry.since);

const cardText = (uiLanguage: UiLanguage, id: string, part: string) => renderCard(id, { uiLanguage }).querySelector(part)?.textContent ?? '';

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('what the article said in March 2024, on a card', () => {
  it('has entries to show', () => expect(entriesWithThen.length).toBeGreaterThanOrEqual(8));

  it.each(entriesWithThen.map((entry) => entry.id))('%s names the month once, in each language', (id) => {
    expect(count(cardText('en', id, '.since'), /March 2024/)).toBe(1);
    expect(count(cardText('zh-CN', id, '.since'), /2024 年 3 月/)).toBe(1);
    expect(count(cardText('zh-TW', id, '.since'), /2024 年 3 月/)).toBe(1);
  });
});

describe('the date under a bio', () => {
  it('says when its sources were checked, apart from the bio’s own “as of”', () => {
    const bio = cardText('en', 'noam-shazeer', '.bio p');
    expect(bio).toMatch(/\(sources checked \d{4}-\d{2}-\d{2}\)$/);
    expect(count(bio, /as of/gi)).toBeLessThanOrEqual(1);
    expect(cardText('zh-CN', 'ashish-vaswani', '.bio p')).toMatch(/（截至 2025 年）。 \(资料核对于 \d{4}-\d{2}-\d{2}\)$/);
  });
});

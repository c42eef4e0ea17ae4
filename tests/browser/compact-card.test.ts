/**
 * The compact card with a mouse and a keyboard: a hovered card says who this is in a few lines;
 * the joke, the notes, the bio and the links are one click or key away, and open at once in a
 * pinned card and in the reader view.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const DETAILS = ['.joke', '.bio', '.links'];

async function openArticle(): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
  await waitForAnnotations(page);
  return page;
}

async function visibility(card: Locator, parts: string[]): Promise<boolean[]> {
  return Promise.all(parts.map((part) => card.locator(part).isVisible()));
}

/** How many lines of the card's own text its height holds. */
const heightInLines = (card: Locator) => card.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));

describe('a hovered card', () => {
  it('says who this is in a few lines; Show more shows the joke, the dated note, the bio and the links, and Show less hides them', async () => {
    const page = await openArticle();
    await (await mentionWithText(page, '沙哥')).hover();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Noam Shazeer');
    expect(await visibility(card, ['.nickname', '.role'])).toEqual([true, true]);
    expect(await card.locator('.nickname').textContent()).toContain('沙哥');
    expect(await visibility(card, [...DETAILS, '.since'])).toEqual([false, false, false, false]);
    const compactLines = await heightInLines(card);
    expect(compactLines).toBeLessThan(10);

    const more = card.locator('button.more');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await visibility(card, [...DETAILS, '.since'])).toEqual([true, true, true, true]);
    expect(await heightInLines(card)).toBeGreaterThan(compactLines * 2);
    expect(await axeViolations(page, 'qx-overlay')).toEqual([]);

    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await card.locator('.bio').isVisible()).toBe(false);
    await page.close();
  });
});

describe('a card pinned from the keyboard', () => {
  it('shows everything at once; its disclosure button folds the details with Space and opens them with Enter; Escape still closes it', async () => {
    const page = await openArticle();
    const mention = await mentionWithText(page, '帕姐');
    await mention.focus();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Niki Parmar');
    expect(await card.locator('.bio').isVisible()).toBe(false); // focus alone opens the compact card
    await page.keyboard.press('Enter');
    // The article's slip (it calls her 他) is among the details a pinned card shows.
    expect(await visibility(card, [...DETAILS, '.slip'])).toEqual([true, true, true, true]);

    await page.keyboard.press('Tab'); // from the close button to the disclosure button
    const focused = () => page.evaluate(() => document.querySelector('qx-overlay')!.shadowRoot!.activeElement?.className);
    expect(await focused()).toBe('more');
    expect(await card.locator('button.more').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await card.locator('button.more').getAttribute('aria-expanded')).toBe('false');
    expect(await visibility(card, DETAILS)).toEqual([false, false, false]);
    expect(await focused()).toBe('more');
    await page.keyboard.press('Enter');
    expect(await visibility(card, DETAILS)).toEqual([true, true, true]);

    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.qxEntry)).toBe('niki-parmar');
    await page.close();
  });
});

describe('in the reader view', () => {
  it('a hovered card shows its details at once', async () => {
    const article = await openArticle();
    const reader = await testbed.browser.context.newPage();
    await reader.goto(`chrome-extension://${testbed.browser.extensionId}/reader.html?tab=${await testbed.browser.tabIdOf(article)}`);
    await waitForAnnotations(reader);
    await (await mentionWithText(reader, '割麦子')).hover();
    const card = reader.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Aidan Gomez');
    expect(await card.locator('button.more').getAttribute('aria-expanded')).toBe('true');
    expect(await visibility(card, DETAILS)).toEqual([true, true, true]);
    await article.close();
    await reader.close();
  });
});

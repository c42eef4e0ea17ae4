/**
 * On a phone (360 × 640, touch): a card is a sheet along the bottom of the screen, entirely inside
 * it, scrolling inside itself when its details are long; the article with glosses and the reader
 * view fit the screen's width.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed({ hasTouch: true });
const PHONE = { width: 360, height: 640 };

async function openOnPhone(url: string): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(url);
  await waitForAnnotations(page);
  return page;
}

const openArticle = () => openOnPhone(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);

/** The page scrolls only up and down: nothing is wider than the screen. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function expectInsideScreen(card: Locator): Promise<void> {
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

/**
 * Text the card clips: lines wider than the card (it would scroll sideways), or, for each text
 * element shown, its part outside the card's sides.
 */
function clippedText(card: Locator): Promise<string[]> {
  return card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const clipped = element.scrollWidth > element.clientWidth ? ['the card scrolls sideways'] : [];
    for (const part of element.querySelectorAll('h2, p, a, button')) {
      const rect = part.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < box.left || rect.right > box.right)) clipped.push(part.textContent ?? '');
    }
    return clipped;
  });
}

describe('a card on a phone', () => {
  it('opens on a tap as a sheet along the bottom, whole inside the screen; its details scroll inside it; a tap outside closes it', async () => {
    const page = await openArticle();
    await (await mentionWithText(page, '沙哥')).tap();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Noam Shazeer');
    const sheet = (await card.boundingBox())!;
    expect(sheet).toMatchObject({ x: 0, width: PHONE.width });
    expect(sheet.y + sheet.height).toBeCloseTo(PHONE.height, 0);
    await expectInsideScreen(card);
    // The first view is seen whole, without scrolling.
    expect(await card.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
    expect(await clippedText(card)).toEqual([]);
    expect(await card.locator('.bio').isVisible()).toBe(false);

    await card.locator('button.more').tap();
    expect(await card.locator('.bio').isVisible()).toBe(true);
    await expectInsideScreen(card);
    expect(await clippedText(card)).toEqual([]);
    // Taller than the screen allows, so it leaves the top of the page in sight and scrolls inside.
    expect((await card.boundingBox())!.y).toBeGreaterThan(PHONE.height / 5);
    expect(await card.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    const lastLink = card.locator('.links a').last();
    await lastLink.scrollIntoViewIfNeeded();
    const link = (await lastLink.boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(PHONE.height);
    await expectInsideScreen(card);

    await page.locator('#activity-name').tap();
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('answers the keyboard and screen readers as elsewhere: Enter pins it whole with focus inside, Escape returns focus', async () => {
    const page = await openArticle();
    const mention = await mentionWithText(page, '帕姐');
    await mention.focus();
    await page.keyboard.press('Enter');
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('role')).toBe('dialog');
    expect(await card.getAttribute('aria-label')).toContain('Niki Parmar');
    expect(await card.getAttribute('class')).toContain('sheet');
    expect(await card.locator('.bio').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('qx-overlay');
    await expectInsideScreen(card);
    expect(await axeViolations(page, 'qx-overlay')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.qxEntry)).toBe('niki-parmar');
    await page.close();
  });
});

describe('reading on a phone', () => {
  it('with glosses on, the article still fits the screen’s width, and a card opens inside it', async () => {
    const page = await openArticle();
    expect(await pageWidth(page)).toBe(PHONE.width);
    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    await popup.locator('input[name=glosses]').check();
    await expect.poll(() => page.locator('qx-gloss').count()).toBeGreaterThan(20);
    expect(await pageWidth(page)).toBe(PHONE.width);
    const glossesOutside = await page.locator('qx-gloss').evaluateAll((glosses) =>
      glosses.filter((gloss) => [...gloss.getClientRects()].some((rect) => rect.left < 0 || rect.right > innerWidth)).map((gloss) => gloss.textContent),
    );
    expect(glossesOutside).toEqual([]);
    await (await mentionWithText(page, '割麦子')).tap();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Aidan Gomez');
    await expectInsideScreen(card);
    expect(await clippedText(card)).toEqual([]);
    await popup.locator('input[name=glosses]').uncheck();
    await expect.poll(() => page.locator('qx-gloss').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the reader view fits the screen’s width, leaves the cast closed over the text, and opens cards whole inside the screen', async () => {
    const article = await openArticle();
    const reader = await openOnPhone(`chrome-extension://${testbed.browser.extensionId}/reader.html?tab=${await testbed.browser.tabIdOf(article)}`);
    expect(await pageWidth(reader)).toBe(PHONE.width);
    expect(await reader.locator('qx-overlay .roster').count()).toBe(0);
    await reader.locator('button.cast').tap();
    await expect.poll(() => reader.locator('qx-overlay .roster').count()).toBe(1);
    await reader.locator('qx-overlay .roster button.close').tap();
    await expect.poll(() => reader.locator('qx-overlay .roster').count()).toBe(0);

    await (await mentionWithText(reader, '囧哥')).tap();
    const card = reader.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Llion Jones');
    expect(await card.locator('.bio').isVisible()).toBe(true);
    await expectInsideScreen(card);
    expect(await clippedText(card)).toEqual([]);
    expect(await pageWidth(reader)).toBe(PHONE.width);
    await article.close();
    await reader.close();
  });
});

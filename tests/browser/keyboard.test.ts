/** Keyboard and screen-reader use of the marks: one Tab stop per mention, pinned cards, axe on our marks. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { CARD, mentionWithText, waitForAnnotations, waitForHoverIdle } from '../support/pages';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(server.port);
  page = await browser.context.newPage();
  await page.goto(`http://mp.weixin.qq.com:${server.port}/s/qbitai-transformer-authors/`);
  await waitForAnnotations(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('keyboard', () => {
  it('Tab reaches each mention exactly once, in reading order', async () => {
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('qx-mention')]
        .map((piece) => piece.dataset.qxMention!)
        .filter((id, i, all) => all.indexOf(id) === i)
        .filter((id) => !document.querySelector(`qx-mention[data-qx-mention="${id}"]`)!.closest('a')),
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    for (let presses = 0; presses < expected.length + 80; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.localName === 'qx-mention' ? active.dataset.qxMention! : active?.localName ?? null;
      });
      if (focused && /^\d+$/.test(focused)) reached.push(focused);
      if (reached.length === expected.length) break;
    }
    expect(reached).toEqual(expected);
    await page.keyboard.press('Escape');
  });

  it('Enter pins the card and moves focus into it; the pointer leaving does not close it; Escape closes it and returns focus', async () => {
    const mention = await mentionWithText(page, '割麦子');
    await mention.focus();
    await page.keyboard.press('Enter');
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Aidan Gomez');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('qx-overlay');
    // The pointer rests on the mention, then leaves it and the card: a close is scheduled, and once
    // the hover intent has nothing pending, it has run and left the pinned card alone.
    await mention.hover();
    await page.mouse.move(600, 5);
    await waitForHoverIdle(page);
    expect(await card.count()).toBe(1);
    await page.keyboard.press('Tab'); // within the card
    expect(await card.count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.qxEntry)).toBe('aidan-gomez');
    // Focus coming back does not reopen the card: not at once (a focus opens a card in the same
    // task), nor later (the only delayed open is the hover intent's, and nothing is pending).
    await waitForHoverIdle(page);
    expect(await card.count()).toBe(0);
  });

  it('Space opens a card too, and its close button closes it', async () => {
    const mention = await mentionWithText(page, '帕姐');
    await mention.focus();
    await page.keyboard.press('Space');
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Niki Parmar');
    await page.keyboard.press('Enter'); // focus is on the card's first control, the close button
    await expect.poll(() => card.count()).toBe(0);
  });
});

describe('accessibility of the marks', () => {
  it('axe-core finds no violations in our marks, citation markers and an open card', async () => {
    await (await mentionWithText(page, '凯哥')).hover();
    await page.locator(CARD).waitFor();
    expect(await axeViolations(page, 'qx-cite, qx-overlay')).toEqual([]);
    // Marks keep the page's own text colour (WeChat greys its byline), so contrast there is the
    // page's; what marks add (role, name, focusability) is checked.
    expect(await axeViolations(page, 'qx-mention', ['color-contrast'])).toEqual([]);
    const inherits = await page.locator('qx-mention').evaluateAll((marks) =>
      marks.every((mark) => getComputedStyle(mark).color === getComputedStyle(mark.parentElement!).color),
    );
    expect(inherits).toBe(true);
  });
});

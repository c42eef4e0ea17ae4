/**
 * The key scenario in Firefox ESR: on the WeChat article, hovering each of the eight nicknames
 * (real pointer input, so the hover-intent timers run) opens a card naming that person.
 * Mirrors tests/browser/article.test.ts (Chromium).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { EIGHT_AUTHORS } from '../support/pages';
import {
  cardHeading,
  useFirefoxTestbed,
  mentionWithText,
  waitForAnnotations,
  waitUntil,
} from './support/firefox';

const WECHAT = '/s/qbitai-transformer-authors/';

const testbed = useFirefoxTestbed();

async function openWeChat(): Promise<Page> {
  const page = await testbed.firefox.open(`http://mp.weixin.qq.com:${testbed.server.port}${WECHAT}`);
  await waitForAnnotations(page);
  return page;
}

describe('on WeChat, in Firefox', () => {
  it.each(EIGHT_AUTHORS)('hovering $nickname shows a card naming $name', async ({ nickname, name }) => {
    const page = await openWeChat();
    expect(await cardHeading(page)).toBeNull();
    // ElementHandle.hover scrolls the mention into view and moves the real pointer onto it.
    await (await mentionWithText(page, nickname)).hover();
    const card = await waitUntil(() => cardHeading(page), (value) => value?.h2 === name, { what: `a card naming ${name}` });
    expect(card).toEqual({ h2: name, label: expect.stringContaining(name), role: 'dialog' });
    await page.close();
  });

  it('marks a nickname that WeChat split across spans as one mention, with one card', async () => {
    const page = await openWeChat();
    const split = await page.evaluate(() => {
      const groups = new Map<string, string[]>();
      for (const piece of document.querySelectorAll<HTMLElement>('qx-mention')) {
        const id = piece.dataset.qxMention!;
        groups.set(id, [...(groups.get(id) ?? []), piece.textContent ?? '']);
      }
      return [...groups.values()].filter((pieces) => pieces.length > 1).map((pieces) => pieces.join('|'));
    });
    expect(split).toEqual(expect.arrayContaining(['沙|哥', '乌兹|哥']));

    // The second piece (no role: only the first piece is the focusable one) opens the same card.
    const pieces = await page.$$('qx-mention:not([role])');
    let second;
    for (const piece of pieces) {
      if ((await piece.evaluate((element) => element.textContent)) === '哥') {
        second = piece;
        break;
      }
    }
    expect(second).toBeDefined();
    await second!.hover();
    await waitUntil(() => cardHeading(page), (value) => value !== null, { what: 'a card' });
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('qx-overlay')].reduce((sum, host) => sum + (host.shadowRoot?.querySelectorAll('.card').length ?? 0), 0),
    );
    expect(cards).toBe(1);
    await page.close();
  });
});

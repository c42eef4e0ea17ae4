/**
 * The reader's path on the article, in Debian's Chromium with the built extension loaded:
 * WeChat, qbitai.com, a repost and a Traditional repost, each under its real host name.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD, EIGHT_AUTHORS, mentionWithText, sourceAndLiveDom, waitForAnnotations, waitForHoverIdle } from '../support/pages';
import { useTestbed } from '../support/testbed';

const WECHAT = '/s/qbitai-transformer-authors/';
const REPOST = '/2024/03/25/transformer.html';

const testbed = useTestbed();
const url = (host: string, path: string) => `http://${host}:${testbed.server.port}${path}`;

async function open(host: string, path: string): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(url(host, path));
  await waitForAnnotations(page);
  return page;
}

describe.each([
  ['WeChat', 'mp.weixin.qq.com', WECHAT],
  ['a repost', 'www.xlszx.com', REPOST],
  ['qbitai.com', 'www.qbitai.com', '/2024/03/transformer-authors.html'],
])('on %s', (_label, host, path) => {
  it.each(EIGHT_AUTHORS)('hovering $nickname shows a card naming $name', async ({ nickname, name }) => {
    const page = await open(host, path);
    await (await mentionWithText(page, nickname)).hover();
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('aria-label')).toContain(name);
    await expect.poll(() => card.locator('h2').textContent()).toBe(name);
    await page.close();
  });
});

describe('on WeChat', () => {
  it('marks a nickname that WeChat split across spans, as one mention with one card', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const split = await page.evaluate(() => {
      const pieces = [...document.querySelectorAll<HTMLElement>('qx-mention')];
      const byMention = Map.groupBy(pieces, (piece) => piece.dataset.qxMention);
      return [...byMention.values()]
        .filter((group) => group.length > 1)
        .map((group) => group.map((piece) => piece.textContent).join('|'));
    });
    expect(split).toEqual(expect.arrayContaining(['沙|哥', '乌兹|哥']));
    const secondPiece = page.locator('qx-mention:not([role])', { hasText: /^哥$/ }).first();
    await secondPiece.hover();
    await expect.poll(() => page.locator(CARD).count()).toBe(1);
    await page.close();
  });

  it('opens a card when Tab focuses a mention, and Escape closes it and keeps focus', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    // Tab from the top of the page, past the page's own links, as a keyboard reader would.
    let focused: string | undefined;
    for (let presses = 0; presses < 40 && focused !== 'qx-mention'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName);
    }
    expect(focused).toBe('qx-mention');
    await expect.poll(() => page.locator(CARD).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('qx-mention');
    await page.close();
  });

  it('closes the card after the pointer leaves, but not while it is on the card or back on its mention', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const mention = await mentionWithText(page, '凯哥');
    await mention.hover();
    const card = page.locator(CARD);
    await card.waitFor();
    // Onto the card, and back: each leaves something behind (the mention, the card), which
    // schedules a close that arriving must cancel. Once nothing is pending, that close would have run.
    await card.hover();
    await waitForHoverIdle(page);
    expect(await card.count()).toBe(1);
    await mention.hover();
    await waitForHoverIdle(page);
    expect(await card.count()).toBe(1);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count(), { timeout: 3000 }).toBe(0);
    await page.close();
  });

  it('turns the plain-text reference list into working links', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const links = await page.locator('a[data-qx-reference]').evaluateAll((anchors) =>
      anchors.map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('rel')]),
    );
    expect(links).toEqual([
      ['https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/', 'noopener noreferrer'],
      ['https://www.youtube.com/watch?v=zBK2CPka5jo', 'noopener noreferrer'],
      ['https://www.semianalysis.com/p/google-gemini-eats-the-world-gemini', 'noopener noreferrer'],
    ]);
    await page.close();
  });
});

describe('page furniture', () => {
  it('leaves the repost’s related-articles block and sidebar exactly as they were', async () => {
    const page = await open('www.xlszx.com', REPOST);
    const { source, live } = await sourceAndLiveDom(page);
    const pick = (html: string) =>
      page.evaluate(
        (h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('#related, aside, nav')].map((e) => e.outerHTML),
        html,
      );
    const before = await pick(source);
    expect(before.length).toBeGreaterThan(0);
    expect(await pick(live)).toEqual(before);
    await page.close();
  });

  it('leaves WeChat’s recommendations and comments unmarked', async () => {
    const page = await open('mp.weixin.qq.com', WECHAT);
    const outside = await page.evaluate(
      () => document.querySelectorAll('.related_article qx-mention, .discuss_container qx-mention, #activity-name qx-mention').length,
    );
    expect(outside).toBe(0);
    expect(await page.locator('#js_content qx-mention').count()).toBeGreaterThan(50);
    await page.close();
  });
});

describe('Traditional Chinese repost', () => {
  it.each(EIGHT_AUTHORS)('hovering $traditional shows $name', async ({ traditional, name }) => {
    const page = await open('www.twtechnews.com.tw', '/news/20240326/transformer-authors.html');
    await (await mentionWithText(page, traditional)).hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe(name);
    await page.close();
  });
});

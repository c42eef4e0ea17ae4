/**
 * The card's texts on the WeChat copy, in English and in Traditional Chinese (Taiwan): the page
 * script marks with the glossary's marking part only, and the jokes and bios reach the first card
 * a reader opens, and the ones after it, with the cards (src/glossary/parts.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import people from '../../src/glossary/data/people.json';
import { taiwanConverter } from '../../src/glossary/taiwan-usage';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';

const WECHAT = '/s/qbitai-transformer-authors/';

const entryOf = (id: string) => people.entries.find((entry) => entry.id === id)!;
/** The first card the page opens, then another, as a reader would meet them. */
const CARDS = [
  { nickname: '沙哥', entry: entryOf('noam-shazeer') },
  { nickname: '帕姐', entry: entryOf('niki-parmar') },
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each([
  { locale: 'en', write: (text: { en: string; zh: string }) => text.en },
  { locale: 'zh-TW', write: (text: { en: string; zh: string }) => taiwanConverter('glossary')(text.zh) },
])('in a browser set to $locale', ({ locale, write }) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port, { locale });
  });
  afterAll(() => browser?.close());

  it('shows each card’s joke and bio, the first card of the page included', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://mp.weixin.qq.com:${server.port}${WECHAT}`);
    await waitForAnnotations(page);
    for (const { nickname, entry } of CARDS) {
      await (await mentionWithText(page, nickname)).hover();
      const card = page.locator(CARD);
      await expect.poll(() => card.locator('h2').textContent()).toBe(entry.name.native);
      await card.locator('button.more').click();
      expect(await card.locator('.joke').textContent()).toContain(write(entry.nickname!.joke));
      expect(await card.locator('.bio p').textContent()).toContain(write(entry.bio));
      await page.mouse.move(0, 0);
      await expect.poll(() => card.count()).toBe(0);
    }
    await page.close();
  });
});

/**
 * The extension keeps to itself and survives hostile surroundings: it makes no network request of
 * its own, its cards stay readable and on top whatever the page's CSS does, and garbage in its
 * settings storage falls back to the defaults.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { waitForDecision } from '../support/decisions';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';

let server: FixtureServer;
let browser: ExtensionBrowser;
const ARTICLE = '/2024/03/transformer-authors.html';

beforeAll(async () => {
  // Reports the extension service worker's own requests as well as the pages'.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startFixtureServer();
  browser = await launchWithExtension(server.port);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy', () => {
  it('makes no network request of its own, on the article or on other pages', async () => {
    const requests: Request[] = [];
    browser.context.on('request', (request) => requests.push(request));
    const visited: string[] = [];
    const visit = async (url: string) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      visited.push(url);
      return page;
    };
    const article = await visit(`http://mp.weixin.qq.com:${server.port}/s/qbitai-transformer-authors/`);
    await waitForAnnotations(article);
    await (await mentionWithText(article, '沙哥')).hover();
    await article.locator(CARD).waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('input[name=glosses]').check();
    await article.locator('qx-gloss').first().waitFor();
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tab=${await browser.tabIdOf(article)}`);
    await reader.locator('article qx-mention').first().waitFor();
    const wired = await visit(`http://www.wired.com:${server.port}/story/eight-google-employees-invented-modern-ai-transformers-paper/`);
    await waitForAnnotations(wired);
    const unrelated = [
      [`http://www.sohu.com:${server.port}/a/unrelated-shage.html`, 'not-article'],
      [`http://www.example-news.com:${server.port}/sports/jones-gomez-kaiser.html`, 'skipped'],
    ] as const;
    for (const [url, expected] of unrelated) {
      const page = await visit(url);
      // Decided: the extension has done all it will on the page.
      expect(await waitForDecision(browser, page)).toBe(expected);
    }
    await popup.locator('input[name=glosses]').uncheck();

    // Everything else would be the extension's: the fixture pages load nothing from anywhere.
    const ownRequests = requests.filter((request) => !request.url().startsWith(`chrome-extension://${browser.extensionId}/`) && !visited.includes(request.url()));
    console.log(`network requests seen: ${requests.length}; page documents: ${visited.length}; the extension's own requests to the network: ${ownRequests.length}`);
    expect(ownRequests.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
    expect(requests.length).toBeGreaterThan(visited.length); // the recorder does see the extension's own files
    for (const page of browser.context.pages()) if (page.url() !== 'about:blank') await page.close();
  });
});

describe('hostile page CSS', () => {
  const hostile = readFileSync(join(SITES_DIR, `www.qbitai.com${ARTICLE}`), 'utf8').replace(
    '</head>',
    `<style>
      * { all: unset; }
      span { display: none; }
      p, h1, h2 { display: block; }
      body { position: relative; transform: translateZ(0) rotate(0.001deg); }
      .cover { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgb(255 0 0 / 0.05) !important; display: block !important; }
    </style></head>`,
  ).replace('<body>', '<body><div class="cover"></div>');

  let page: Page;
  beforeAll(async () => {
    server.pages.set('www.qbitai.com/hostile.html', hostile);
    page = await browser.context.newPage();
    await page.goto(`http://www.qbitai.com:${server.port}/hostile.html`);
    await waitForAnnotations(page);
  });
  afterAll(() => page.close());

  it('still marks the nicknames visibly', async () => {
    const mention = await mentionWithText(page, '囧哥');
    const style = await mention.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { decoration: computed.textDecorationLine, display: computed.display };
    });
    expect(style).toEqual({ decoration: 'underline', display: 'inline' });
    expect(await mention.isVisible()).toBe(true);
  });

  it('shows the card readable and on top of the page’s full-screen overlay', async () => {
    const mention = await mentionWithText(page, '囧哥');
    // The page's overlay takes the pointer, as it would for a reader: focus opens the card instead.
    await mention.focus();
    const card = page.locator(CARD);
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.localName,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe('qx-overlay');
    const look = await card.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { color: computed.color, background: computed.backgroundColor, font: computed.fontSize };
    });
    expect(look).toEqual({ color: 'rgb(31, 35, 40)', background: 'rgb(255, 253, 247)', font: '14px' });
    expect(await card.locator('h2').textContent()).toBe('Llion Jones');
  });
});

describe('settings storage holding garbage', () => {
  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['wrong types', { glosses: 'yes', categories: 7, uiLanguage: 'klingon', readerFontSize: -3 }],
    ['a value from an older version', { glosses: true, legacyTheme: 'sepia' }],
  ])('falls back to defaults field by field when it holds %s', async (_label, value) => {
    await browser.inBackground(async (stored: unknown) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      // 'settings' is where earlier versions kept every field; a field saved since (the privacy
      // test saves glosses) would be read instead of it, so start from nothing saved.
      await api.storage.local.clear();
      await api.storage.local.set({ settings: stored });
    }, value);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://www.qbitai.com:${server.port}${ARTICLE}`);
    await waitForAnnotations(page);
    const glossesOn = typeof value === 'object' && !Array.isArray(value) && (value as { glosses?: unknown }).glosses === true;
    if (glossesOn) await expect.poll(() => page.locator('qx-gloss').count()).toBeGreaterThan(20);
    else expect(await page.locator('qx-gloss').count()).toBe(0);
    expect(await page.locator('qx-mention[data-qx-category="person"]').count()).toBeGreaterThan(50);
    expect(await page.locator('qx-mention[data-qx-category="term"]').count()).toBe(0);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(await popup.locator('h1').textContent()).toBe('Transformer Authors Decoder');
    // The popup draws the defaults first and then what it read from storage.
    await expect.poll(() => popup.locator('input[name=glosses]').isChecked()).toBe(glossesOn);
    expect(errors).toEqual([]);
    await page.close();
    await popup.close();
    await browser.inBackground(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      await api.storage.local.remove('settings');
    }, null);
  });
});

/**
 * The stores' pictures, taken from the demo pages by `npm start -- --store`: five screenshots at
 * 1280×800 in each interface language (docs/store/screenshots/<locale>-N.png), and the Chrome Web
 * Store's small promotional tile at 440×280 (docs/store/promo-small.png), drawn from assets/icon.svg.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/support/chromium';
import { CARD, waitForAnnotations } from '../tests/support/pages';
import { bringMention, choose, openCard, openReader, root, type DemoPages } from './demo-kit';

/** The stores' screenshot size (Chrome Web Store, Edge Add-ons; AMO takes it too), at one pixel per CSS pixel. */
const STORE_SIZE = { width: 1280, height: 800 };
const PROMO_SIZE = { width: 440, height: 280 };
const STORE_DIR = `${root}docs/store`;
export const STORE_LOCALES = ['en', 'zh-CN'] as const;

/** Takes the five screenshots in one interface language; returns the paths written. */
async function screenshotsIn(locale: (typeof STORE_LOCALES)[number], port: number, pages: DemoPages): Promise<string[]> {
  const browser = await launchWithExtension(port, { locale, headless: true });
  const saved: string[] = [];
  const shot = async (page: Page, n: number) => {
    const path = `${STORE_DIR}/screenshots/${locale}-${n}.png`;
    await page.screenshot({ path });
    saved.push(path);
  };
  try {
    const article = await openAt(browser, pages.wechat);
    await openCard(article, '沙哥', { fromTop: 0.3 });
    await shot(article, 1);
    // Of the authors' whole cards, 割麦子's fits 800 pixels in both languages, with the article's slip.
    await openCard(article, '割麦子', { fromTop: 0.1, expand: true });
    await shot(article, 2);

    await article.mouse.move(2, 2);
    await article.locator(CARD).waitFor({ state: 'detached' });
    await choose(browser, article, { glosses: true });
    await bringMention(article, '凯哥', 0.35);
    await shot(article, 3);
    await choose(browser, article, { glosses: false });

    const wired = await openAt(browser, pages.wired);
    await openCard(wired, 'Gomez', { fromTop: 0.3 });
    await shot(wired, 4);
    await wired.close();

    const reader = await openReader(browser, article, STORE_SIZE);
    // No card: the reader's open whole and would cover the text this picture is for.
    await reader.locator('.roster li.person').first().waitFor();
    await bringMention(reader, '囧哥', 0.25);
    await shot(reader, 5);
  } finally {
    await browser.close();
  }
  return saved;
}

async function openAt(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(url);
  await waitForAnnotations(page);
  return page;
}

/** The small promotional tile: the icon, the name and one line, in the system's Noto fonts. */
function promoHtml(): string {
  const icon = readFileSync(`${root}assets/icon.svg`, 'utf8');
  const manifestOf = (locale: string) =>
    (JSON.parse(readFileSync(`${root}locales/${locale}.json`, 'utf8')) as { manifest: { name: string } }).manifest;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${PROMO_SIZE.width}px; height: ${PROMO_SIZE.height}px; overflow: hidden; }
    body { display: flex; align-items: center; gap: 24px; padding: 0 28px; box-sizing: border-box;
      background: #fbf5ec; color: #2a1a14; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
    svg { width: 116px; height: 116px; flex: none; filter: drop-shadow(0 3px 6px rgb(120 40 20 / 0.25)); }
    h1 { margin: 0; font-size: 29px; line-height: 1.12; font-weight: 700; }
    [lang|=zh] { font-family: 'Noto Sans CJK SC', sans-serif; }
    .zh-name { margin: 6px 0 14px; font-size: 16px; color: #8a5a48; }
    p { margin: 0; font-size: 17px; line-height: 1.35; color: #4a332a; }
    b { color: #c8321f; }
  </style><body>${icon}<div><h1>${manifestOf('en').name}</h1>
    <div class="zh-name" lang="zh-CN">${manifestOf('zh-CN').name}</div>
    <p>Who is <b lang="zh-CN">沙哥</b>? Hover a nickname in QbitAI's article to find out.</p></div>`;
}

async function promoTile(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.context.newPage();
  await page.setViewportSize(PROMO_SIZE);
  await page.setContent(promoHtml());
  await page.evaluate(() => document.fonts.ready);
  const path = `${STORE_DIR}/promo-small.png`;
  await page.screenshot({ path });
  await page.close();
  return path;
}

/** Writes every store picture; `browser` (any of the demo's) draws the promo tile. Returns the paths. */
export async function makeStoreAssets(browser: ExtensionBrowser, port: number, pages: DemoPages): Promise<string[]> {
  mkdirSync(`${STORE_DIR}/screenshots`, { recursive: true });
  const saved = [await promoTile(browser)];
  for (const locale of STORE_LOCALES) saved.push(...(await screenshotsIn(locale, port, pages)));
  return saved;
}

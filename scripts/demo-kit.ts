/**
 * What `npm start` (scripts/demo.ts) and the store pictures (scripts/store-assets.ts) share: the
 * build, the demo pages under their real host names, and the steps that put a card on screen.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/support/chromium';
import { startFixtureServer, type FixtureServer } from '../tests/support/fixture-server';
import { CARD, generation, mentionWithText, waitForGeneration } from '../tests/support/pages';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Makes sure there is a browser, and builds the extension unless told not to. */
export function prepareBuild(build: boolean): void {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    execSync('node scripts/check-browser.mjs', { cwd: root, stdio: 'inherit' });
  }
  if (build) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
}

export interface DemoPages {
  wechat: string;
  repost: string;
  traditional: string;
  wired: string;
}

/** The fixture server, and the demo pages' addresses on it. */
export async function startDemoServer(): Promise<{ server: FixtureServer; pages: DemoPages }> {
  const server = await startFixtureServer();
  const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;
  const pages = {
    wechat: at('mp.weixin.qq.com', '/s/qbitai-transformer-authors/'),
    repost: at('www.xlszx.com', '/2024/03/25/transformer.html'),
    traditional: at('www.twtechnews.com.tw', '/news/20240326/transformer-authors.html'),
    wired: at('www.wired.com', '/story/eight-google-employees-invented-modern-ai-transformers-paper/'),
  };
  return { server, pages };
}

export interface PopupChoices {
  glosses?: boolean;
  /** Categories to switch on, besides people. */
  categories?: string[];
}

/**
 * Sets switches in the toolbar popup, as a reader would, and waits until `page` has applied them
 * (one more marking pass finished).
 */
export async function choose(browser: ExtensionBrowser, page: Page, choices: PopupChoices): Promise<void> {
  const before = await generation(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  if (choices.glosses !== undefined) await popup.locator('input[name=glosses]').setChecked(choices.glosses);
  for (const category of choices.categories ?? []) await popup.locator(`input[name=category-${category}]`).check();
  await popup.close();
  await page.bringToFront();
  await waitForGeneration(page, before);
}

/** Scrolls so the mention reading `text` sits `fromTop` (a fraction of the window) below the top. */
export async function bringMention(page: Page, text: string, fromTop: number) {
  const mention = await mentionWithText(page, text);
  await mention.evaluate((element, fraction) => window.scrollBy(0, element.getBoundingClientRect().top - innerHeight * fraction), fromTop);
  return mention;
}

/**
 * Hovers the mention reading `text` until its card is open; with `expand`, also presses the card's
 * Show more, so the joke, the notes (a slip the article makes) and the bio show.
 */
export async function openCard(page: Page, text: string, { fromTop = 0.2, expand = false } = {}): Promise<void> {
  await page.mouse.move(2, 2);
  await page.locator(CARD).waitFor({ state: 'detached' });
  const mention = await bringMention(page, text, fromTop);
  await mention.hover();
  await page.locator(CARD).waitFor();
  if (expand) {
    await page.locator(`${CARD} button.more`).click();
    await page.locator(`${CARD} .details`).waitFor();
  }
  await cardPlaced(page);
}

/** Waits until floating-ui has placed the open card and it stays put from one frame to the next. */
export async function cardPlaced(page: Page): Promise<void> {
  await page.locator(CARD).evaluate(async (card: HTMLElement) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let placed = ''; !card.style.transform || card.style.transform !== placed; await frame()) placed = card.style.transform;
  });
}

/** Opens the reader view of the tab showing `page`, with the cast where it leaves room for it. */
export async function openReader(browser: ExtensionBrowser, page: Page, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const reader = await browser.context.newPage();
  await reader.setViewportSize(viewport);
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tab=${await browser.tabIdOf(page)}`);
  await reader.locator('article qx-mention').first().waitFor();
  return reader;
}

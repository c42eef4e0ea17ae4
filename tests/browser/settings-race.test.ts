/**
 * Quick changes are all kept: category boxes ticked faster than a page can save them, in the
 * options page, in the popup, or in both at once, all end up on in storage and on every page.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const CATEGORIES = ['person', 'organisation', 'work', 'term'];

beforeEach(async () => {
  await testbed.browser.inBackground(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    await api.storage.local.clear();
  }, null);
});

async function extensionPage(path: string): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(`chrome-extension://${testbed.browser.extensionId}/${path}`);
  await page.locator('h1').waitFor();
  return page;
}

const categoryBox = (page: Page, category: string) => page.locator(`input[name=category-${category}]`);

/** Which categories a page shows ticked. */
async function tickedOn(page: Page): Promise<string[]> {
  const ticked: string[] = [];
  for (const category of CATEGORIES) if (await categoryBox(page, category).isChecked()) ticked.push(category);
  return ticked;
}

/** What storage holds, as a page opened afresh shows it (after the defaults it draws first). */
async function storedCategories(): Promise<string[]> {
  const page = await extensionPage('options.html');
  try {
    return await tickedOn(page);
  } finally {
    await page.close();
  }
}

/**
 * Clicks the boxes in order, sending every press and release at once. Playwright's click() waits
 * until the page has handled each click, and on an idle machine the page has saved it by then; a
 * reader on a busy machine clicks again before the page has caught up, as these clicks do.
 */
async function clickAtOnce(page: Page, boxes: Locator[]): Promise<void> {
  const points = [];
  for (const box of boxes) {
    await box.scrollIntoViewIfNeeded();
    const { x, y, width, height } = (await box.boundingBox())!;
    points.push({ x: x + width / 2, y: y + height / 2 });
  }
  const cdp = await page.context().newCDPSession(page);
  const sent = points.flatMap((point) =>
    (['mousePressed', 'mouseReleased'] as const).map((type) =>
      cdp.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 }),
    ),
  );
  await Promise.all(sent);
  await cdp.detach();
}

describe('quick changes to the settings', () => {
  it.each(['options.html', 'popup.html'])('three boxes ticked at once in %s all stay ticked', async (path) => {
    const page = await extensionPage(path);
    // A page draws the defaults before what it read: wait for the stored value (the defaults too, here).
    await expect.poll(() => tickedOn(page)).toEqual(['person']);
    await clickAtOnce(page, ['organisation', 'work', 'term'].map((category) => categoryBox(page, category)));

    await expect.poll(storedCategories, { timeout: 5000 }).toEqual(CATEGORIES);
    await expect.poll(() => tickedOn(page)).toEqual(CATEGORIES);
    await page.close();
  });

  it('boxes ticked in the popup and the options page at the same time are all kept', async () => {
    const options = await extensionPage('options.html');
    const popup = await extensionPage('popup.html');
    await expect.poll(() => tickedOn(options)).toEqual(['person']);
    await expect.poll(() => tickedOn(popup)).toEqual(['person']);
    await Promise.all([
      clickAtOnce(options, [categoryBox(options, 'organisation'), categoryBox(options, 'term')]),
      clickAtOnce(popup, [categoryBox(popup, 'person'), categoryBox(popup, 'work')]),
    ]);

    const expected = ['organisation', 'work', 'term'];
    await expect.poll(storedCategories, { timeout: 5000 }).toEqual(expected);
    await expect.poll(() => tickedOn(options)).toEqual(expected);
    await expect.poll(() => tickedOn(popup)).toEqual(expected);
    await options.close();
    await popup.close();
  });
});

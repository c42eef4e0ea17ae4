/**
 * What the extension decided about a page, in Firefox: its per-tab records live in storage.session,
 * which only the extension's own pages can read, so one is opened for the look and closed after.
 */
import type { Page } from 'puppeteer-core';
import { finalDecisionFor, type FinalDecision } from '../../support/decisions';
import { waitUntil, type FirefoxWithExtension } from './firefox';

/** Waits until the background has recorded its final decision about the page, and returns it. */
export async function waitForDecisionInFirefox(firefox: FirefoxWithExtension, page: Page, { timeout = 10_000 } = {}): Promise<FinalDecision> {
  const url = page.url();
  const extensionPage = await firefox.open(firefox.extensionUrl('options.html'));
  try {
    // Throws until the extension page has loaded and the decision is in: waitUntil retries on both.
    const readDecision = async () =>
      finalDecisionFor(
        url,
        await extensionPage.evaluate(() =>
          (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.session.get(null),
        ),
      );
    return await waitUntil(readDecision, () => true, { timeout, interval: 50, what: `the extension's decision about ${url}` });
  } finally {
    await extensionPage.close();
    await page.bringToFront();
  }
}

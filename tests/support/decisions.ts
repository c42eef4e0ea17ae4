/**
 * What the extension decided about a page, read from its own per-tab records (src/background/
 * tab-records.ts): a test that proves nothing happened on a page waits for this, not for time.
 */
import type { Page } from 'playwright-core';
import { vi } from 'vitest';
import type { TabDecision } from '../../src/background/tab-records';
import type { ExtensionBrowser } from './chromium';
import { finalDecisionFor, recordedDecisionFor, storedRecords, type FinalDecision } from './decision-records';

export { finalDecisionFor, recordedDecisionFor, type FinalDecision } from './decision-records';

/** Waits until the background has recorded its final decision about the page, in Chromium, and returns it. */
export function waitForDecision(browser: ExtensionBrowser, page: Page, { timeout = 10_000 } = {}): Promise<FinalDecision> {
  const url = page.url();
  return vi.waitFor(async () => finalDecisionFor(url, await storedRecords(browser)), { timeout, interval: 50 });
}

/** Waits until the background has recorded a decision about the page, 'watching' included, and returns it. */
export function waitForRecordedDecision(browser: ExtensionBrowser, page: Page, { timeout = 10_000 } = {}): Promise<TabDecision> {
  const url = page.url();
  return vi.waitFor(async () => recordedDecisionFor(url, await storedRecords(browser)), { timeout, interval: 50 });
}

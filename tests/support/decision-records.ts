/**
 * What the extension decided about a page, read from its own per-tab records (src/background/
 * tab-records.ts), without a test runner: the tests' waits (decisions.ts) and the measurement
 * scripts both read them here.
 */
import { isFinalDecision, parseTabRecord, type TabDecision } from '../../src/background/tab-records';
import type { ExtensionBrowser } from './chromium';

/** Decided for good: the background skipped the page, or the detector said whether it is the article. */
export type FinalDecision = Exclude<TabDecision, 'watching'>;

/**
 * The decision recorded for a tab showing `url`, once final, among every stored record. Throws
 * (so a poller retries) while there is none yet or it is still 'watching'.
 */
export function finalDecisionFor(url: string, stored: Record<string, unknown>): FinalDecision {
  const records = Object.entries(stored)
    .filter(([key]) => key.startsWith('tab:'))
    .map(([, value]) => parseTabRecord(value))
    .filter((record) => record?.url === url);
  const decided = records.find((record) => record && isFinalDecision(record.detector));
  if (!decided) throw new Error(`no final decision yet for ${url}; records for it: ${JSON.stringify(records)}`);
  return decided.detector as FinalDecision;
}

/**
 * The decision recorded for a tab showing `url`, 'watching' included (a nearly empty Chinese page
 * watched in case the article arrives: decided for now). Throws (so a poller retries) while there is none.
 */
export function recordedDecisionFor(url: string, stored: Record<string, unknown>): TabDecision {
  try {
    return finalDecisionFor(url, stored);
  } catch (noFinalDecision) {
    const watched = Object.entries(stored).some(([key, value]) => key.startsWith('tab:') && parseTabRecord(value)?.url === url);
    if (watched) return 'watching';
    throw noFinalDecision;
  }
}

export function storedRecords(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.inBackground(
    () => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.get(null),
    0,
  );
}

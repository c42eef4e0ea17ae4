/**
 * What the benchmark waits for, instead of a fixed time, so that it measures on a busy machine as
 * on a quiet one: a signal the page sends, the extension's own record of what it decided, or the
 * page's main thread gone quiet. Every wait has a generous deadline and says what it waited for.
 */
import { setTimeout as pollPause } from 'node:timers/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { parseTabRecord, isFinalDecision, tabRecordKey } from '../../src/background/tab-records';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import type { QuietRule } from './trace';

/** How long anything may take on a busy machine before the benchmark gives up on measuring it. */
export const DEADLINE_MS = 120_000;

/** What the page's main world says on the console for the benchmark to hear (see in-page.ts). */
export const SIGNAL_PREFIX = 'qx-bench:';

/**
 * The signals one page sends (console.debug('qx-bench:NAME')), counted from the page's creation,
 * so that a signal sent before anyone waits for it still counts. Console messages reach the
 * benchmark as events: nothing polls the page.
 */
export class PageSignals {
  private readonly counts = new Map<string, number>();
  private readonly waiters: Array<{ name: string; count: number; resolve(): void }> = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(SIGNAL_PREFIX)) return;
      const name = text.slice(SIGNAL_PREFIX.length);
      const count = (this.counts.get(name) ?? 0) + 1;
      this.counts.set(name, count);
      for (const waiter of this.waiters.filter((w) => w.name === name && w.count <= count)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Resolves once the page has sent `name` at least `count` times; fails after the deadline, saying `what`. */
  reached(name: string, count: number, what: string, timeoutMs = DEADLINE_MS): Promise<void> {
    if (this.count(name) >= count) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: not seen within ${timeoutMs / 1000} s on ${this.page.url()}`)), timeoutMs);
      // A wait that lost a race (the annotator gave up instead) must not keep the benchmark from ending.
      timer.unref();
      this.waiters.push({ name, count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

/**
 * Waits until the background has recorded its final decision about the page in this tab (the
 * detector's verdict, or that it skipped the page): by then the detector has run, however late
 * the busy machine let the background inject it after the load.
 */
export async function detectorDecided(browser: ExtensionBrowser, page: Page): Promise<string> {
  const tabId = await browser.tabIdOf(page);
  const url = page.url();
  for (const deadline = Date.now() + DEADLINE_MS; ; await pollPause(20)) {
    const stored = await browser.inBackground(
      (key: string) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.get(key),
      tabRecordKey(tabId),
    );
    const record = parseTabRecord(stored[tabRecordKey(tabId)]);
    if (record?.url === url && isFinalDecision(record.detector)) return record.detector;
    if (Date.now() > deadline) throw new Error(`the extension recorded no decision about ${url} within ${DEADLINE_MS / 1000} s`);
  }
}

/** Quiet, as the added-time section and the article runs define it: 500 ms with no task of 2 ms or more. */
export const QUIET: QuietRule = { quietUs: 500_000, taskUs: 2_000 };
const QUIET_POLL_MS = 100;

/**
 * Waits until the page's main thread has gone `rule.quietUs` without a task of `rule.taskUs` or
 * more, watching the renderer's own running total of task time (CDP Performance.getMetrics,
 * TaskDuration): a task adds its whole duration when it ends, so a look that finds the total grown
 * by less than `taskUs` since the one before saw no such task end. Each look is one small task of
 * its own on the page's thread, well under `taskUs`. The trace, read afterwards, holds the same
 * stretch of quiet (trace.quietPoint finds it there).
 */
export async function untilQuiet(context: BrowserContext, page: Page, rule: QuietRule = QUIET): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const deadline = Date.now() + DEADLINE_MS;
    let total = await taskSeconds();
    // One poll's worth of margin, so the trace's own clock finds the whole stretch too.
    for (let quietSince = Date.now(); Date.now() - quietSince < rule.quietUs / 1000 + QUIET_POLL_MS; ) {
      if (Date.now() > deadline) throw new Error(`${page.url()} did not go quiet within ${DEADLINE_MS / 1000} s`);
      await pollPause(QUIET_POLL_MS);
      const now = await taskSeconds();
      if ((now - total) * 1e6 >= rule.taskUs) quietSince = Date.now();
      total = now;
    }
  } finally {
    await cdp.send('Performance.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

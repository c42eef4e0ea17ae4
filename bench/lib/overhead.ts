/**
 * Section 1: a 3 MB Chinese page that is not the article, loaded with the extension, without any
 * extension, and with the extension's detector.js emptied (what injecting any script costs), in
 * rotating order; then separate traced loads for the detector's own main-thread time.
 *
 * The background injects the detector only after the load event, as late as a busy machine makes
 * it: every load with an extension waits for the extension's record of its decision about the tab,
 * so its work is done before the next load, and the traced loads hold the detector's whole run.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import { measured, pick, pickOptional, type Bench } from './context';
import * as trace from './trace';
import { DEADLINE_MS, detectorDecided } from './waits';

type Side = 'with' | 'without' | 'floor';
const SIDES: Side[] = ['with', 'without', 'floor'];

async function loadEventMs(context: BrowserContext, url: string, extension: ExtensionBrowser | null): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: DEADLINE_MS });
    const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    if (extension) await detectorDecided(extension, page);
    if (await page.locator('qx-mention').count()) throw new Error(`${url} was annotated: it is not the article`);
    return ms;
  } finally {
    await page.close();
  }
}

/** The detector's run on one traced load: tracing goes on until the background has recorded the detector's verdict. */
async function detectorRun(bench: Bench, url: string) {
  const { extension, scripts } = bench;
  const page: Page = await extension.context.newPage();
  try {
    const stop = await trace.startTrace(extension.context, page);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: DEADLINE_MS });
      await detectorDecided(extension, page);
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
    const events = await stop();
    const detector = trace.scriptRun(events, scripts.detector);
    if (!detector) throw new Error(`the background recorded a decision about ${url}, yet the trace shows no run of ${scripts.detector}`);
    if (trace.scriptRun(events, scripts.annotator)) throw new Error(`the annotator ran on ${url}`);
    const load = trace.eventNamed(events, detector, 'MarkLoad');
    const time = trace.scriptTime(events, detector, scripts.origin);
    return { extensionMs: time.wall, extensionCpuMs: time.cpu, detectorRanAfterLoadMs: load ? trace.ms(load.ts, detector.ts) : null };
  } finally {
    await page.close();
  }
}

export async function measureOverhead(bench: Bench, floor: ExtensionBrowser, url: string, bytes: number) {
  const contextOf: Record<Side, BrowserContext> = { with: bench.extension.context, without: bench.plain.context, floor: floor.context };
  const extensionOf: Record<Side, ExtensionBrowser | null> = { with: bench.extension, without: null, floor };
  const loads = await measured(
    bench,
    'load event: with the extension / without / with an empty detector.js',
    async (run) => {
      const times = {} as Record<Side, number>;
      // The three loads of a run in rotating order, so that drift over the run falls on all alike.
      for (let i = 0; i < SIDES.length; i++) {
        const side = SIDES[(i + run) % SIDES.length]!;
        times[side] = await loadEventMs(contextOf[side], url, extensionOf[side]);
      }
      return times;
    },
    // A 3 MB page's load event varies by ±10% from load to load on this machine, more than any
    // effect measured here: three times the runs, for a steadier median.
    3 * bench.runs,
  );
  // Separate, traced loads for the extension's own main-thread time (tracing would slow the loads above).
  const detectorRuns = await measured(bench, 'detector main-thread time (traced)', () => detectorRun(bench, url));
  return {
    page: { url, bytes },
    loadEventMs: {
      withExtension: pick(loads.runs, (r) => r.with),
      withoutExtension: pick(loads.runs, (r) => r.without),
      withEmptyContentScript: pick(loads.runs, (r) => r.floor),
    },
    loadRatio: pick(loads.runs, (r) => r.with / r.without),
    emptyContentScriptLoadRatio: pick(loads.runs, (r) => r.floor / r.without),
    extensionMainThreadMs: pick(detectorRuns.runs, (r) => r.extensionMs),
    extensionMainThreadCpuMs: pick(detectorRuns.runs, (r) => r.extensionCpuMs),
    detectorRanAfterLoadMs: pickOptional(detectorRuns.runs, (r) => r.detectorRanAfterLoadMs),
    warmup: { load: loads.warmup, detector: detectorRuns.warmup },
  };
}

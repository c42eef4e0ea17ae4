/**
 * Section "added main-thread time on the article page": the WeChat copy loaded with the extension
 * and without any extension, in rotating order, each load traced from before navigation until the
 * page is quiet. All the main thread's tasks in that window, and the part of them that ran
 * JavaScript; the difference of the medians is what the extension adds to loading the article.
 *
 * The window, the same rule on both sides: from the document's navigationStart to the end of the
 * last task before the page is quiet, quiet being 500 ms with no task of 2 ms or more (waits.QUIET)
 * counted from the end of the task that ran the load event and, with the extension, from the end of
 * the task in which its first marking pass finished (whichever is later). Tasks shorter than 2 ms
 * inside the window count; those in the quiet stretch do not. The benchmark keeps tracing until the
 * network is idle too and, live, until it has itself seen that much quiet (waits.untilQuiet).
 */
import type { BrowserContext } from 'playwright-core';
import { measured, pick, type Bench } from './context';
import { observeSettled } from './in-page';
import type { Stat } from './stats';
import * as trace from './trace';
import { DEADLINE_MS, PageSignals, QUIET, untilQuiet } from './waits';

export interface MainThreadLoad {
  /** All tasks' wall time in the window. */
  allMs: number;
  /** The same tasks' CPU time on the thread (trace tdur), which waiting for a core does not inflate. */
  allCpuMs: number;
  /** The part of it that ran JavaScript (trace.mainThreadTime). */
  scriptMs: number;
  tasks: number;
  /** navigationStart → quiet. */
  windowMs: number;
}

export interface AddedTime {
  url: string;
  withExtension: { allMs: Stat; allCpuMs: Stat; scriptMs: Stat; windowMs: Stat; tasks: Stat };
  withoutExtension: { allMs: Stat; allCpuMs: Stat; scriptMs: Stat; windowMs: Stat; tasks: Stat };
  /** Median with − median without. */
  addedMs: number;
  addedCpuMs: number;
  addedScriptMs: number;
  /** The same difference load by load (each pair loaded one after the other), for the spread. */
  pairedAddedMs: Stat;
  pairedAddedCpuMs: Stat;
  pairedAddedScriptMs: Stat;
  warmup: unknown;
}

/** One traced load; `extension` says whether to wait for the annotator's first pass before looking for quiet. */
async function tracedLoad(context: BrowserContext, url: string, extension: boolean): Promise<MainThreadLoad> {
  const page = await context.newPage();
  try {
    const signals = new PageSignals(page);
    await page.addInitScript(observeSettled);
    const stop = await trace.startTrace(context, page);
    try {
      await page.goto(url, { waitUntil: 'networkidle', timeout: DEADLINE_MS });
      if (extension) await signals.reached('settled', 1, 'the annotator’s first marking pass');
      await untilQuiet(context, page);
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
    return windowOf(await stop(), url, extension);
  } finally {
    await page.close();
  }
}

function windowOf(events: trace.TraceEvent[], url: string, extension: boolean): MainThreadLoad {
  const { thread, navigationStart, load } = trace.documentOf(events, url);
  if (!load) throw new Error(`the trace of ${url} shows no load event`);
  const taskList = trace.tasks(events, thread);
  const settled = trace.userMark(events, 'qx-bench-settled');
  if (extension && !settled) throw new Error(`the trace of ${url} lacks the end of the annotator’s first pass (qx-bench-settled)`);
  if (!extension && settled) throw new Error(`${url} was annotated in the browser without the extension`);
  // Quiet counts from the end of the task that ran the load event, or the one that finished the first pass if later.
  const endOfTaskAt = (instant: trace.TraceEvent) => trace.endOf(trace.taskAt(taskList, instant.ts) ?? instant);
  const after = Math.max(endOfTaskAt(load), settled ? endOfTaskAt(settled) : -Infinity);
  const quiet = trace.quietPoint(taskList, after, trace.traceEnd(events), QUIET);
  if (quiet === null) throw new Error(`the trace of ${url} stops before the page was quiet`);
  const time = trace.mainThreadTime(events, taskList, thread, navigationStart, quiet);
  return { ...time, windowMs: trace.ms(navigationStart, quiet) };
}

export async function measureAddedTime(bench: Bench, url: string): Promise<AddedTime> {
  bench.log('the article page with and without the extension: all main-thread tasks until quiet');
  const loads = await measured(bench, 'with the extension / without (rotating)', async (run) => {
    // Every other run the other side first, so that drift over the run falls on both alike.
    const withFirst = run % 2 === 0;
    const first = await tracedLoad(withFirst ? bench.extension.context : bench.plain.context, url, withFirst);
    const second = await tracedLoad(withFirst ? bench.plain.context : bench.extension.context, url, !withFirst);
    return withFirst ? { with: first, without: second } : { with: second, without: first };
  });
  const side = (key: 'with' | 'without') => ({
    allMs: pick(loads.runs, (r) => r[key].allMs),
    allCpuMs: pick(loads.runs, (r) => r[key].allCpuMs),
    scriptMs: pick(loads.runs, (r) => r[key].scriptMs),
    windowMs: pick(loads.runs, (r) => r[key].windowMs),
    tasks: pick(loads.runs, (r) => r[key].tasks),
  });
  const withExtension = side('with');
  const withoutExtension = side('without');
  return {
    url,
    withExtension,
    withoutExtension,
    addedMs: withExtension.allMs.median - withoutExtension.allMs.median,
    addedCpuMs: withExtension.allCpuMs.median - withoutExtension.allCpuMs.median,
    addedScriptMs: withExtension.scriptMs.median - withoutExtension.scriptMs.median,
    pairedAddedMs: pick(loads.runs, (r) => r.with.allMs - r.without.allMs),
    pairedAddedCpuMs: pick(loads.runs, (r) => r.with.allCpuMs - r.without.allCpuMs),
    pairedAddedScriptMs: pick(loads.runs, (r) => r.with.scriptMs - r.without.scriptMs),
    warmup: loads.warmup,
  };
}

/**
 * Huge and odd pages: the article followed by a 10 MB text node or by a comment section far over
 * the size limit, 100,000 elements, 10,000 levels of nesting. No crash, no task of the extension's
 * over 50 ms (the thread's CPU time in a Chromium trace); the article is annotated however much follows it, since only
 * the part of the page holding it is read; and a page too large to read whole, where the article
 * cannot be told apart from the rest, is left alone with a clear word in the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { waitForAnnotations } from '../support/pages';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, in the trace clock's microseconds. */
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: unlike dur, not stretched when other processes hold the cores. */
  tdur?: number;
  args?: { data?: { url?: string; frame?: string; processId?: number; frames?: { frame: string }[] }; callTime?: number };
}

const qbitai = readFileSync(join(SITES_DIR, 'www.qbitai.com/2024/03/transformer-authors.html'), 'utf8');
const filler = '评论区的闲聊，与文章无关。'.repeat(1 + Math.ceil(10_000_000 / 13));
/** Reader comments, some naming the article's people as readers do: never to be marked. */
const comment = (i: number) =>
  `<li class="comment" id="c${i}"><span class="nickname">读者${i}</span><p>${i % 10 === 3 ? '转给宿舍的沙哥看看，老黄的刀法真准。' : ''}${'评论区的闲聊，与文章无关。'.repeat(3)}</p></li>`;
const comments = (count: number) => Array.from({ length: count }, (_, i) => comment(i)).join('');
/** Over both size limits: 20,000 elements and 600,000 characters. */
const COMMENT_COUNT = 16_000;

const PAGES: Record<string, string> = {
  // The article, then one 10 MB text node of comments.
  '/huge-text.html': qbitai.replace('</body>', `<section id="comments"><p>${filler}</p></section></body>`),
  // The article, then a comment section far over the size limits.
  '/huge-comments.html': qbitai.replace('</body>', `<section id="comments"><ol>${comments(COMMENT_COUNT)}</ol></section></body>`),
  // The same comments inside the article's own container: the article cannot be read apart from them.
  '/too-large.html': qbitai.replace(/<\/div>(\s*<div class="tags">)/, `<ol id="comments">${comments(COMMENT_COUNT)}</ol></div>$1`),
  // Not the article: 100,000 elements.
  '/many-elements.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>商品列表</title></head><body><ul>${'<li><span>商品</span></li>'.repeat(50_000)}</ul></body></html>`,
  // Not the article: 10,000 levels of nesting.
  '/deep.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>嵌套测试</title></head><body>${'<div>'.repeat(10_000)}沙哥和凯哥${'</div>'.repeat(10_000)}</body></html>`,
};

/** The task bound of these tests: the "no task over 50 ms". */
const LONG_TASK_MS = 50;
/**
 * How long one load may take until the extension is done with the page. The 10 MB text node alone
 * takes Chromium 20-25 s to load on an idle two-core machine, about twice that beside another busy
 * process; this leaves room for more.
 */
const UNTIL_DONE_MS = 120_000;
/** A test loads its page up to three times (see loadTracedSteadiest). */
const TRACED_TEST_MS = 3 * UNTIL_DONE_MS + 30_000;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [path, html] of Object.entries(PAGES)) server.pages.set(`www.qbitai.com${path}`, html);
  browser = await launchWithExtension(server.port);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});


/**
 * The trace categories: the main thread's tasks (RunTask, with their CPU time), script evaluations
 * (EvaluateScript, with the script's URL) and the page's performance measures, the annotator's
 * qx:detect, qx:locate, qx:readability, qx:match and qx:mark among them, with the moment each was taken.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** What a trace shows of the extension's work in the page. */
interface OurWork {
  /** Our scripts that were evaluated in the page: detector.js, annotator.js. */
  scripts: Set<string>;
  /** The annotator's performance measures taken in the page. */
  measures: Set<string>;
  /** The longest of the main thread's tasks holding any of it, in ms of the thread's CPU time. */
  longestMs: number;
}

/**
 * Our work's share of the main thread, in ms of its CPU time: each evaluation of one of our scripts
 * (the detector's first may run inside the task in which the page parses and lays itself out, which
 * is the page's work, not ours), and each task in which the annotator took a measure. It takes one
 * in every task it works in: the first holds its detection, each of the extraction's ends with
 * one, the marking pass's holds qx:match and qx:mark. Its callbacks carry no script URL in a trace,
 * so looking for the URL alone finds only the scripts' first runs.
 */
function ourWork(allEvents: TraceEvent[], extensionId: string): OurWork {
  const events = eventsOfTracedPage(allEvents);
  const origin = `chrome-extension://${extensionId}/`;
  const evaluations = events.filter((event) => event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(origin));
  const measures = events.filter((event) => event.cat === 'blink.user_timing' && event.ph === 'b' && event.name.startsWith('qx:'));
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'RunTask' && event.dur !== undefined);
  const taskHolding = (measure: TraceEvent) => {
    const at = measure.args?.callTime ?? Number.NaN;
    const holding = tasks.filter((task) => task.pid === measure.pid && task.tid === measure.tid && task.ts <= at && at <= task.ts + task.dur!);
    // The outermost, should a nested run loop have run tasks inside another.
    const task = holding.sort((a, b) => b.dur! - a.dur!)[0];
    if (!task) throw new Error(`the trace has no task holding the measure ${measure.name} taken at ${at}`);
    return task;
  };
  const cpuMs = (event: TraceEvent) => (event.tdur ?? event.dur!) / 1000;
  return {
    scripts: new Set(evaluations.map((event) => event.args!.data!.url!.slice(origin.length))),
    measures: new Set(measures.map((event) => event.name)),
    longestMs: Math.max(0, ...evaluations.map(cpuMs), ...measures.map(taskHolding).map(cpuMs)),
  };
}

/**
 * The events of the renderer that showed the traced page. A trace holds every process's events, so
 * a page of an earlier load still open (loadTracedSteadiest keeps the best load's) would otherwise
 * count as this one's. The trace names the page's frame when it starts and the process each of the
 * frame's documents was committed in.
 */
function eventsOfTracedPage(events: TraceEvent[]): TraceEvent[] {
  const frame = events.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.frame;
  const commits = events.filter((event) => event.name === 'FrameCommittedInBrowser' && event.args?.data?.frame === frame);
  const pid = commits.at(-1)?.args?.data?.processId;
  if (frame === undefined || pid === undefined) throw new Error('the trace does not say which process showed the traced page');
  return events.filter((event) => event.pid === pid);
}

/** What the extension should be seen doing on a page: annotating it, or only looking at it. */
type Expected = 'annotates' | 'gives up' | 'only detects';

/**
 * The annotator's measures a run of each kind takes: a run that gives up never marks, but its
 * second step (qx:readability, Readability's verdict) still runs, if only to find nothing to read.
 */
const MEASURES: Record<Expected, string[]> = {
  annotates: ['qx:detect', 'qx:locate', 'qx:mark', 'qx:match', 'qx:readability'],
  'gives up': ['qx:detect', 'qx:locate', 'qx:readability'],
  'only detects': [],
};

/**
 * Waits until the extension has finished its work on the page: the annotator's first marking pass,
 * its answer that the page is too large, or the detector's run (the detector leaves nothing in the
 * page: its world's existence says it was injected, and an evaluation there runs after it).
 */
async function untilDone(page: Page, cdp: CDPSession, expected: Expected): Promise<void> {
  if (expected === 'annotates') return waitForAnnotations(page, UNTIL_DONE_MS);
  if (expected === 'gives up') {
    await expect.poll(() => articleInfo(page).catch(() => null), { timeout: UNTIL_DONE_MS, interval: 100 }).toHaveProperty('tooLarge');
    return;
  }
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable'); // reports the worlds already there too
  await expect.poll(() => worlds.length, { timeout: UNTIL_DONE_MS, interval: 50 }).toBeGreaterThan(0);
  await cdp.send('Runtime.evaluate', { expression: '0', contextId: worlds[0]! });
  await cdp.send('Runtime.disable');
}

/** Tells loads of one page apart, so that each tab shows its own URL (browser.tabIdOf finds a tab by it). */
let loadCount = 0;

/** Loads a page under a trace until the extension is done with it; returns the page and what the trace shows of our work. */
async function loadTraced(path: string, expected: Expected): Promise<{ page: Page; work: OurWork; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('the page crashed'));
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve, reject) =>
    cdp.once('Tracing.tracingComplete', ({ dataLossOccurred }) =>
      // A trace that lost events may have lost ours: it proves nothing.
      dataLossOccurred ? reject(new Error(`the trace of ${path} lost events`)) : resolve(),
    ),
  );
  let loaded = false;
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      // Enough room for a huge page's parsing and layout, so that the annotator's later work still fits.
      traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible', traceBufferSizeInKb: 512 * 1024 },
    });
    try {
      // Not until its load event: the work to wait for is ours, which may end sooner (and be measured).
      await page.goto(`http://www.qbitai.com:${server.port}${path}?load=${++loadCount}`, { waitUntil: 'commit', timeout: UNTIL_DONE_MS });
      await untilDone(page, cdp, expected);
      loaded = true;
    } finally {
      // Always stop tracing; if the load failed, its error is the one to see.
      const stopped = cdp.send('Tracing.end').then(() => complete);
      await (loaded ? stopped : stopped.catch(() => undefined));
    }
  } catch (error) {
    await page.close();
    throw error;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return { page, work: ourWork(events, browser.extensionId), errors };
}

/**
 * loadTraced, again up to twice more while the longest task is over the bound: a garbage collection
 * of a multi-megabyte DOM can land in any task, ours included, on a busy machine (once 56 ms in a
 * CI run where the same task took 14-22 ms in every other). Work that is really too long for one
 * task is over the bound on every load and still fails. Every load must show the run expected of
 * the page, so a load whose trace missed our work cannot pass.
 */
async function loadTracedSteadiest(path: string, expected: Expected): Promise<Awaited<ReturnType<typeof loadTraced>>> {
  const checked = async () => {
    const load = await loadTraced(path, expected);
    const { scripts, measures } = load.work;
    const seen = `our scripts and measures in the trace of ${path}: ${[...scripts, ...measures].join(', ')}`;
    try {
      expect(scripts, seen).toContain(expected === 'only detects' ? 'detector.js' : 'annotator.js');
      expect([...measures].sort(), seen).toEqual([...MEASURES[expected]].sort());
    } catch (error) {
      await load.page.close(); // left open, its late work would be in the next test's trace
      throw error;
    }
    return load;
  };
  let best = await checked();
  const errors = [...best.errors]; // a page error on any load fails the test
  for (let retry = 0; retry < 2 && best.work.longestMs >= LONG_TASK_MS; retry++) {
    const next = await checked();
    errors.push(...next.errors);
    const [keep, drop] = next.work.longestMs < best.work.longestMs ? [next, best] : [best, next];
    await drop.page.close();
    best = keep;
  }
  console.log(`${path}: the extension's longest task ${best.work.longestMs.toFixed(1)} ms of CPU time`);
  return { ...best, errors };
}

/** What the annotator tells the popup about this tab. */
async function articleInfo(page: Page): Promise<unknown> {
  const tabId = await browser.tabIdOf(page);
  return browser.inBackground(async (id: number) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return api.tabs.sendMessage(id, { type: 'qx:article-info' });
  }, tabId);
}

describe('large pages', () => {
  it.each(['/huge-text.html', '/huge-comments.html'])(
    'annotates the article followed by %s, and not the comments',
    async (path) => {
      const { page, work, errors } = await loadTracedSteadiest(path, 'annotates');
      expect(errors).toEqual([]);
      expect(work.longestMs).toBeLessThan(LONG_TASK_MS);
      expect(await page.locator('div.article qx-mention').count()).toBeGreaterThan(50);
      expect(await page.locator('#comments qx-mention, #comments qx-cite').count()).toBe(0);
      expect(await articleInfo(page)).toMatchObject({ kind: 'qbitai', mentionCount: expect.any(Number) });
      expect(await articleInfo(page)).not.toHaveProperty('tooLarge');
      await page.close();
    },
    TRACED_TEST_MS,
  );

  it(
    'gives up cleanly where the article shares its container with comments past the size limit, and says why',
    async () => {
      const { page, work, errors } = await loadTracedSteadiest('/too-large.html', 'gives up');
      expect(errors).toEqual([]);
      expect(work.longestMs).toBeLessThan(LONG_TASK_MS);
      expect(await page.locator('#comments li').count()).toBe(COMMENT_COUNT);
      expect(await page.locator('qx-mention, qx-overlay').count()).toBe(0);
      // The popup, asked about this tab, explains.
      expect(await articleInfo(page)).toMatchObject({ kind: 'qbitai', mentionCount: 0, tooLarge: { limits: { characters: 600_000 } } });
      await page.close();
    },
    TRACED_TEST_MS,
  );

  it.each(['/many-elements.html', '/deep.html'])(
    'leaves %s alone without a long task',
    async (path) => {
      const { page, work, errors } = await loadTracedSteadiest(path, 'only detects');
      expect(errors).toEqual([]);
      expect(work.longestMs).toBeLessThan(LONG_TASK_MS);
      expect(work.scripts).toEqual(new Set(['detector.js']));
      expect(await page.locator('qx-mention, qx-overlay').count()).toBe(0);
      await page.close();
    },
    TRACED_TEST_MS,
  );
});

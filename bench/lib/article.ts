/**
 * Sections 2, 4 and 5: the article loaded with the extension, traced from before navigation until
 * the page is quiet after the annotator's first marking pass; the annotator's own step timings;
 * and, on the WeChat copy, cards hovered one by one, each traced from its hover intent to its paint.
 */
import { setTimeout as pollPause } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { ArticleInfo } from '../../src/messages';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import { pick, pickOptional, type Bench, type ExtensionScripts } from './context';
import { observeArticle } from './in-page';
import type { ArticleSummary, LongestTask } from './report';
import { stat } from './stats';
import * as trace from './trace';
import { DEADLINE_MS, PageSignals, untilQuiet } from './waits';

/** Cards hovered per page: the first is the page's first card, the rest are later cards. */
const CARDS_PER_PAGE = 3;
const CARD = 'qx-overlay .card';

export interface CardRun {
  /** The page's figure: the annotator's qx:card-open mark → the animation frame that first shows the card. */
  cardMs: number | null;
  /** From the trace: start of the task that opens the card → end of the task that paints that frame. */
  tracedMs: number | null;
  /** Trace: ui-kit.js and card-ui.js compiled and run (the cards, brought in on the first move), where this card's trace holds them. */
  cardUiScriptMs: number | null;
  /** Trace: the first pointer move → card-ui.js has run; the hover intent fires 300 ms after the pointer stops on the mention. */
  cardUiArrivalMs: number | null;
}

export interface ArticleRun {
  /** Set when the annotator gave up on the page as too large (then nothing below the trace figures is measured). */
  tooLarge: ArticleInfo['tooLarge'] | null;
  mentions: number;
  detectMs: number | null;
  /** Locating the article's part of the page (qx:locate) and Readability's verdict on it (qx:readability), each in a task of its own. */
  extractMs: number | null;
  locateMs: number | null;
  readabilityMs: number | null;
  matchMs: number | null;
  markMs: number | null;
  stepsMs: number | null;
  /** Trace: the content script's start (EvaluateScript of annotator.js) → first mention in the DOM. */
  wallMs: number | null;
  /** Trace: EvaluateScript of annotator.js (compiling and starting it, up to the annotator's first await). */
  scriptEvalMs: number;
  /** The same, the thread's CPU time. */
  scriptEvalCpuMs: number;
  /** Trace: the page's load event → first mention in the DOM. */
  loadToMarkedMs: number | null;
  /** Trace: the detector's start → first mention in the DOM (detector, message, injection, annotator). */
  detectorToMarkedMs: number | null;
  /** Trace: the task that extracted, matched and marked. */
  markingTaskMs: number | null;
  /** Trace: the longest task that ran extension code, until the page was quiet: wall, CPU, and what of ours ran in it. */
  longestExtensionTask: LongestTask;
  /** Trace: the longest task of the page until the marks (or the annotator's start), whoever ran it. */
  longestPageTaskMs: number;
  cards: CardRun[];
}

interface Timings {
  detectMs: number;
  locateMs: number;
  readabilityMs: number;
  matchMs: number;
  markMs: number;
}

/** The annotator's own performance measures (qx:detect, qx:locate …), summed per name. */
function annotatorTimings(page: Page): Promise<Timings> {
  return page.evaluate(() => {
    const total = (name: string) => performance.getEntriesByName(name, 'measure').reduce((sum, entry) => sum + entry.duration, 0);
    const first = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? 0;
    // The first marking pass only: later measures come from re-rendered paragraphs.
    return { detectMs: total('qx:detect'), locateMs: total('qx:locate'), readabilityMs: total('qx:readability'), matchMs: first('qx:match'), markMs: first('qx:mark') };
  });
}

export async function articleInfo(browser: ExtensionBrowser, page: Page): Promise<ArticleInfo> {
  const tabId = await browser.tabIdOf(page);
  const info = await browser.inBackground(
    (id: number) =>
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.tabs.sendMessage(id, {
        type: 'qx:article-info',
      }) as Promise<ArticleInfo>,
    tabId,
  );
  if (!info) throw new Error(`no answer from the annotator on ${page.url()}`);
  return info;
}

/**
 * Waits until the annotator has finished its first marking pass (the page's 'settled' signal) or
 * has said the page is too large to annotate, which leaves nothing in the page to see: that, the
 * annotator tells only when asked, so it is asked every 100 ms until one or the other.
 */
async function annotatorDone(browser: ExtensionBrowser, page: Page, signals: PageSignals): Promise<'marked' | 'too large'> {
  let done = false;
  const gaveUp = async () => {
    for (; !done; await pollPause(100)) {
      const info = await articleInfo(browser, page).catch(() => null); // not listening yet
      if (info?.tooLarge) return 'too large' as const;
    }
    return new Promise<never>(() => undefined); // the race is decided
  };
  try {
    return await Promise.race([signals.reached('settled', 1, 'the annotator’s first marking pass').then(() => 'marked' as const), gaveUp()]);
  } finally {
    done = true;
  }
}

/** A task that ran extension code, and what of ours ran in it: a script's file name or the qx: measures taken in it. */
interface ExtensionTask {
  task: trace.TraceEvent;
  label: string;
  /**
   * The CPU time of our code in it, where the trace can tell: our scripts' evaluations and calls.
   * A task holding a qx: measure runs one of our callbacks, which the trace does not name: all of it counts.
   */
  oursCpuMs: number;
}

const cpuMsOf = (event: trace.TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

/** The extension's tasks: those running its scripts or its callbacks (each holds a qx: measure), and the marking task. */
function extensionTasks(events: trace.TraceEvent[], taskList: trace.TraceEvent[], thread: trace.Thread, origin: string): ExtensionTask[] {
  const instants = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid)
    .flatMap((e): { at: number; what: string; script: trace.TraceEvent | null }[] => {
      if (e.ph === 'X' && e.args?.data?.url?.startsWith(origin)) {
        return [{ at: e.ts, what: e.args.data.url.slice(origin.length).replace(/^\//, ''), script: e }];
      }
      // A measure's begin event carries when performance.measure() was called: in the task that took it.
      if (e.ph === 'b' && e.name.startsWith('qx:') && e.args?.callTime !== undefined) return [{ at: e.args.callTime, what: e.name, script: null }];
      return [];
    });
  return taskList.flatMap((task) => {
    const inside = instants.filter(({ at }) => task.ts <= at && at <= trace.endOf(task));
    if (inside.length === 0) return [];
    // Each outermost run of our scripts (an evaluation holds the calls it makes).
    const runs = inside.flatMap(({ script }) => (script ? [script] : [])).sort((a, b) => a.ts - b.ts);
    const outermost = runs.filter((run, i) => !runs.slice(0, i).some((outer) => outer.ts <= run.ts && trace.endOf(run) <= trace.endOf(outer)));
    const oursCpuMs = inside.some(({ script }) => !script) ? cpuMsOf(task) : outermost.reduce((total, run) => total + cpuMsOf(run), 0);
    return [{ task, label: [...new Set(inside.map(({ what }) => what))].join(' + '), oursCpuMs }];
  });
}

/** The longest of the extension's tasks (the marking task among them): wall, CPU, and what ran in it. */
function longestOf(tasks: ExtensionTask[]): LongestTask {
  const longest = tasks.reduce<ExtensionTask | null>((best, t) => (!best || trace.durationMs(t.task) > trace.durationMs(best.task) ? t : best), null);
  if (!longest) return { ms: 0, cpuMs: 0, oursCpuMs: 0, label: 'none' };
  return { ms: trace.durationMs(longest.task), cpuMs: cpuMsOf(longest.task), oursCpuMs: longest.oursCpuMs, label: longest.label };
}

/** What the trace of one article load shows. */
function readArticleTrace(events: trace.TraceEvent[], scripts: ExtensionScripts, url: string, annotated: boolean) {
  const annotator = trace.scriptRun(events, scripts.annotator);
  // ui-kit.js comes with the cards now; were it injected with the annotator again, it would count here.
  const uiKit = trace.scriptRun(events, scripts.uiKit);
  const marked = trace.userMark(events, 'qx-bench-marked');
  if (!annotator) throw new Error(`the trace of ${url} shows no run of the annotator`);
  if (annotated && !marked) throw new Error(`the trace of ${url} lacks the marks (qx-bench-marked)`);
  const { thread, load } = trace.documentOf(events, url);
  const taskList = trace.tasks(events, thread);
  const markingTask = marked && trace.taskAt(taskList, marked.ts);
  const ours = extensionTasks(events, taskList, thread, scripts.origin);
  const until = marked ? marked.ts : trace.endOf(annotator);
  const sinceMarked = (from: trace.TraceEvent | undefined) => (from && marked ? trace.ms(from.ts, marked.ts) : null);
  return {
    thread,
    wallMs: sinceMarked(uiKit ?? annotator),
    scriptEvalMs: trace.durationMs(annotator) + (uiKit ? trace.durationMs(uiKit) : 0),
    scriptEvalCpuMs: [annotator, uiKit].reduce((total, run) => total + (run ? (run.tdur ?? run.dur ?? 0) / 1000 : 0), 0),
    loadToMarkedMs: sinceMarked(load),
    detectorToMarkedMs: sinceMarked(trace.scriptRun(events, scripts.detector)),
    markingTaskMs: markingTask ? trace.durationMs(markingTask) : null,
    longestExtensionTask: longestOf(markingTask && !ours.some(({ task }) => task === markingTask) ? [...ours, { task: markingTask, label: 'marking', oursCpuMs: cpuMsOf(markingTask) }] : ours),
    longestPageTaskMs: Math.max(0, ...taskList.filter((task) => task.ts <= until).map(trace.durationMs)),
  };
}

/** One load of the article, traced until the page is quiet after the annotator's first pass. */
export async function articleRun(bench: Bench, url: string, withCards: boolean): Promise<ArticleRun> {
  const { extension } = bench;
  const page = await extension.context.newPage();
  try {
    const signals = new PageSignals(page);
    await page.addInitScript(observeArticle);
    const stop = await trace.startTrace(extension.context, page);
    const outcome = await (async () => {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: DEADLINE_MS });
        const done = await annotatorDone(extension, page, signals);
        // Whatever the annotator still does after its pass (and the page after its load) is in the trace.
        await untilQuiet(extension.context, page);
        return done;
      } catch (error) {
        await stop().catch(() => undefined);
        throw error;
      }
    })();
    const events = await stop();
    const info = await articleInfo(extension, page);
    const timings = outcome === 'marked' ? await annotatorTimings(page) : null;
    const { thread, ...figures } = readArticleTrace(events, bench.scripts, url, outcome === 'marked' && info.mentionCount > 0);
    return {
      tooLarge: info.tooLarge ?? null,
      mentions: info.mentionCount,
      detectMs: timings?.detectMs ?? null,
      extractMs: timings ? timings.locateMs + timings.readabilityMs : null,
      locateMs: timings?.locateMs ?? null,
      readabilityMs: timings?.readabilityMs ?? null,
      matchMs: timings?.matchMs ?? null,
      markMs: timings?.markMs ?? null,
      stepsMs: timings ? timings.detectMs + timings.locateMs + timings.readabilityMs + timings.matchMs + timings.markMs : null,
      ...figures,
      cards: withCards && outcome === 'marked' ? await hoverCards(bench, page, signals, thread) : [],
    };
  } finally {
    await page.close();
  }
}

/** The task in which the hover intent fired (it holds qx:card-open) → end of the task that paints the card's first frame. */
function cardFromTrace(events: trace.TraceEvent[], thread: trace.Thread): number | null {
  const taskList = trace.tasks(events, thread);
  const open = trace.userMark(events, 'qx:card-open');
  const frame = trace.userMark(events, 'qx-bench-card-frame');
  const openTask = open && trace.taskAt(taskList, open.ts);
  const paint = frame && trace.eventNamed(events, thread, 'Paint', frame.ts);
  const paintTask = paint && trace.taskAt(taskList, paint.ts);
  return openTask && paintTask ? trace.ms(openTask.ts, trace.endOf(paintTask)) : null;
}

/** Where a card's trace holds card-ui.js's arrival (the first card of a page): its cost and when it was ready. */
/** card-ui.js and ui-kit.js (Preact and i18next), injected together on the first move, ui-kit.js first. */
function cardUiFromTrace(events: trace.TraceEvent[], thread: trace.Thread, scripts: ExtensionScripts): Pick<CardRun, 'cardUiScriptMs' | 'cardUiArrivalMs'> {
  const run = trace.scriptRun(events, scripts.cardUi);
  const kit = trace.scriptRun(events, scripts.uiKit);
  const firstMove = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'EventDispatch' && (event.args?.data as { type?: string } | undefined)?.type === 'pointermove')
    .sort((a, b) => a.ts - b.ts)[0];
  return {
    cardUiScriptMs: run ? trace.durationMs(run) + trace.durationMs(kit) : null,
    cardUiArrivalMs: run && firstMove ? trace.ms(firstMove.ts, trace.endOf(run)) : null,
  };
}

/** Hovers the first mention of CARDS_PER_PAGE different entries, one after another, each card traced. */
async function hoverCards(bench: Bench, page: Page, signals: PageSignals, thread: trace.Thread): Promise<CardRun[]> {
  const entries = await page.$$eval('qx-mention[role="button"]', (elements) => elements.map((element) => (element as HTMLElement).dataset.qxEntry ?? ''));
  const indices: number[] = [];
  entries.forEach((entry, i) => {
    if (indices.length < CARDS_PER_PAGE && !indices.some((j) => entries[j] === entry)) indices.push(i);
  });
  const cards: CardRun[] = [];
  for (const index of indices) {
    const stop = await trace.startTrace(bench.extension.context, page);
    try {
      await page.locator('qx-mention[role="button"]').nth(index).hover();
      await signals.reached('card', cards.length + 1, `card ${cards.length + 1}'s first frame`);
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
    const events = await stop();
    const cardMs = await page.evaluate((n) => (window as unknown as { __benchCardMs: number[] }).__benchCardMs[n] ?? null, cards.length);
    cards.push({ cardMs, tracedMs: cardFromTrace(events, thread), ...cardUiFromTrace(events, thread, bench.scripts) });
    await page.mouse.move(1, 1);
    await page.locator(CARD).waitFor({ state: 'hidden', timeout: DEADLINE_MS });
  }
  return cards;
}

export function summariseArticle(url: string, runs: ArticleRun[]): ArticleSummary {
  return {
    url,
    tooLarge: runs.find((r) => r.tooLarge)?.tooLarge ?? null,
    runsTooLarge: runs.filter((r) => r.tooLarge).length,
    mentions: stat(runs.map((r) => r.mentions)),
    detectMs: pickOptional(runs, (r) => r.detectMs),
    extractMs: pickOptional(runs, (r) => r.extractMs),
    locateMs: pickOptional(runs, (r) => r.locateMs),
    readabilityMs: pickOptional(runs, (r) => r.readabilityMs),
    matchMs: pickOptional(runs, (r) => r.matchMs),
    markMs: pickOptional(runs, (r) => r.markMs),
    matchMarkMs: pickOptional(runs, (r) => (r.matchMs === null || r.markMs === null ? null : r.matchMs + r.markMs)),
    stepsMs: pickOptional(runs, (r) => r.stepsMs),
    wallMs: pickOptional(runs, (r) => r.wallMs),
    scriptEvalMs: pick(runs, (r) => r.scriptEvalMs),
    scriptEvalCpuMs: pick(runs, (r) => r.scriptEvalCpuMs),
    loadToMarkedMs: pickOptional(runs, (r) => r.loadToMarkedMs),
    detectorToMarkedMs: pickOptional(runs, (r) => r.detectorToMarkedMs),
    markingTaskMs: pickOptional(runs, (r) => r.markingTaskMs),
    longestExtensionTaskMs: pick(runs, (r) => r.longestExtensionTask.ms),
    longestExtensionTaskCpuMs: pick(runs, (r) => r.longestExtensionTask.cpuMs),
    longestExtensionTaskOfAll: runs.map((r) => r.longestExtensionTask).reduce((a, b) => (b.ms > a.ms ? b : a)),
    longestPageTaskMs: pick(runs, (r) => r.longestPageTaskMs),
  };
}

/** Card figures across runs: the first card of each page apart from the later ones. */
export function summariseCards(runs: ArticleRun[]) {
  const later = runs.flatMap((r) => r.cards.slice(1));
  return {
    firstCardMs: pickOptional(runs, (r) => r.cards[0]?.cardMs ?? null),
    laterCardMs: pickOptional(later, (c) => c.cardMs),
    firstCardTracedMs: pickOptional(runs, (r) => r.cards[0]?.tracedMs ?? null),
    laterCardTracedMs: pickOptional(later, (c) => c.tracedMs),
    cardUiScriptMs: pickOptional(runs, (r) => r.cards[0]?.cardUiScriptMs ?? null),
    cardUiArrivalMs: pickOptional(runs, (r) => r.cards[0]?.cardUiArrivalMs ?? null),
  };
}

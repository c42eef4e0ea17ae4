/**
 * `npm run bench [-- --no-build] [--runs N]`: the extension's speed in the real browser (Debian's
 * Chromium, the built extension, no mocks), against mark.js and against no extension at all.
 * Prints a table and writes the same figures to bench/results.json. See bench/README.md.
 *
 * It is a benchmark, not a test: it reports every figure against its goal and never fails on a
 * time. It stops with an error only when it cannot measure (no build, the article not annotated …).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { ArticleInfo } from '../src/messages';
import { makeBigChinesePage } from '../tests/fixtures/big-page.mjs';
import { startFixtureServer, type FixtureServer } from '../tests/support/fixture-server';
import { browserVersion, launchPlain } from './lib/browsers';
import { REPOST_PATH, WECHAT_PATH, wechatWithComments } from './lib/pages';
import { printReport, type ArticleSummary, type GrowthRow, type Results, type VariantFigures } from './lib/report';
import { stat, type Stat } from './lib/stats';
import * as trace from './lib/trace';
import type { MarkJsMode, RunResult } from './page/entry';

type ExtensionBrowser = import('../tests/support/chromium').ExtensionBrowser;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
/** Measured runs per figure, after one warm-up run that is not counted. */
const RUNS = Math.max(5, Math.floor(Number(option('--runs') ?? 7)) || 7);
const GROWTH_FACTORS = [1, 10, 100];
/** Repeats of each library in one page after its first (cold) call, for the warm figures. */
const WARM_REPEATS = 3;
/** Cards hovered per page: the first is the page's first card, the rest are later cards. */
const CARDS_PER_PAGE = 3;

const log = (line: string) => process.stderr.write(`${line}\n`);
const startLoad = loadavg().map((n) => Math.round(n * 100) / 100);

// ---------------------------------------------------------------------------------------------
// The build: made here (unless --no-build) and copied aside, so that a rebuild by someone else
// during the run cannot change what is measured.

if (!args.includes('--no-build')) {
  log('building and zipping the extension (npx wxt zip) …');
  const built = spawnSync('npx', ['wxt', 'zip'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    process.stderr.write(built.stdout + built.stderr);
    throw new Error('npx wxt zip failed');
  }
}
const extensionDir = mkdtempSync(join(tmpdir(), 'qx-bench-ext-'));
cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
const { CHROMIUM, launchWithExtension } = await import('../tests/support/chromium');

// ---------------------------------------------------------------------------------------------
// 6. Sizes (no browser needed)

/** Every script of the build, and the data files that scripts load at run time (not the manifest or _locales/). */
function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_locales' ? [] : builtFiles(path);
    return path.endsWith('.js') || (path.endsWith('.json') && name !== 'manifest.json') ? [path] : [];
  });
}

const sizes = builtFiles(extensionDir)
  .sort()
  .map((file) => {
    const raw = readFileSync(file);
    return {
      file: relative(extensionDir, file),
      kind: file.endsWith('.js') ? ('script' as const) : ('data' as const),
      bytes: raw.length,
      gzipBytes: gzipSync(raw, { level: 9 }).length,
    };
  });
const detectorSize = sizes.find((size) => size.file === 'detector.js');
if (!detectorSize) throw new Error(`no detector.js in the build (${extensionDir})`);
/** The zip `wxt zip` made of this build (with --no-build, whatever zip is there, if any). */
const { name: packageName, version: packageVersion } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const chromeZip = join(ROOT, '.output', `${packageName}-${packageVersion}-chrome.zip`);
const chromeZipBytes = existsSync(chromeZip) ? statSync(chromeZip).size : null;

// ---------------------------------------------------------------------------------------------
// Shared helpers

const server: FixtureServer = await startFixtureServer();
const urlOf = (path: string) => `http://${path.replace('/', `:${server.port}/`)}`;
const WECHAT_URL = urlOf(WECHAT_PATH);
const REPOST_URL = urlOf(REPOST_PATH);

/** In the page's main world: performance.mark() as soon as the first mention is in the DOM. */
function observeMarks() {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'QX-MENTION') {
          performance.mark('qx-bench-marked');
          observer.disconnect();
          return;
        }
      }
    }
  });
  // The annotator runs after the detector, at document_idle: no need to watch the parser.
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
  // A card's time: the annotator marks the moment it decides to open one (qx:card-open); the frame
  // after that task is when the card is first painted.
  const cardTimes: number[] = [];
  (window as unknown as { __benchCardMs: number[] }).__benchCardMs = cardTimes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('qx:card-open')) requestAnimationFrame(() => cardTimes.push(performance.now() - entry.startTime));
  }).observe({ type: 'mark' });
}

/** The annotator's own performance measures (qx:detect, qx:extract …), summed per name; null before it has marked. */
async function annotatorTimings(page: Page): Promise<Timings | null> {
  return page.evaluate(() => {
    const total = (name: string) => performance.getEntriesByName(name, 'measure').reduce((sum, entry) => sum + entry.duration, 0);
    const first = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? 0;
    if (!document.querySelector('qx-overlay[data-qx-generation]')) return null;
    // The first marking pass only: later measures come from re-rendered paragraphs.
    return { detectMs: total('qx:detect'), extractMs: total('qx:extract'), matchMs: first('qx:match'), markMs: first('qx:mark') };
  });
}

interface Timings {
  detectMs: number;
  extractMs: number;
  matchMs: number;
  markMs: number;
}

async function articleInfo(browser: ExtensionBrowser, page: Page): Promise<ArticleInfo> {
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

/** Runs `once(run)` for a warm-up run and `runs` measured runs; returns the measured results. */
async function measured<T>(label: string, once: (run: number) => Promise<T>, runs = RUNS): Promise<{ runs: T[]; warmup: T }> {
  const results: T[] = [];
  for (let run = 0; run <= runs; run++) {
    log(`  ${label}: ${run === 0 ? 'warm-up' : `run ${run}/${runs}`}`);
    results.push(await once(run));
  }
  return { warmup: results[0]!, runs: results.slice(1) };
}

const pick = <T>(runs: T[], value: (run: T) => number): Stat => stat(runs.map(value));
const pickOptional = <T>(runs: T[], value: (run: T) => number | null): Stat | null => {
  const values = runs.map(value).filter((v): v is number => v !== null);
  return values.length ? stat(values) : null;
};

const extensionBrowser = await launchWithExtension(server.port, { extensionDir });
const plainBrowser = await launchPlain(server.port, CHROMIUM);
// For scale: the same extension with an empty detector.js, what injecting any script costs.
const floorDir = mkdtempSync(join(tmpdir(), 'qx-bench-floor-'));
cpSync(extensionDir, floorDir, { recursive: true });
writeFileSync(join(floorDir, 'detector.js'), '');
const floorBrowser = await launchPlain(server.port, CHROMIUM, floorDir);
const extensionOrigin = `chrome-extension://${extensionBrowser.extensionId}/`;
const DETECTOR_URL = `${extensionOrigin}detector.js`;
const ANNOTATOR_URL = `${extensionOrigin}content-scripts/annotator.js`;
/** Preact and i18next, run just before the annotator (src/ui-kit/ui-kit.ts): its start counts as the annotator's. */
const UI_KIT_URL = `${extensionOrigin}ui-kit.js`;
const chromium = await browserVersion(plainBrowser.context);
const started = Date.now();

try {
  // -------------------------------------------------------------------------------------------
  // 1. Overhead on a page that is not the article
  log('1. a 3 MB Chinese page that is not the article, with and without the extension');
  const BIG_PATH = 'www.big-news.example/zh/handbook.html';
  const bigHtml = makeBigChinesePage(3_000_000);
  server.pages.set(BIG_PATH, bigHtml);
  const BIG_URL = urlOf(BIG_PATH);

  const loadEventMs = async (context: BrowserContext): Promise<number> => {
    const page = await context.newPage();
    try {
      await page.goto(BIG_URL, { waitUntil: 'load' });
      const ms = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      );
      await page.waitForTimeout(300); // let idle work finish before the next load
      if (await page.locator('qx-mention').count()) throw new Error(`${BIG_URL} was annotated: it is not the article`);
      return ms;
    } finally {
      await page.close();
    }
  };
  // The three loads of a run in rotating order, so that drift over the run falls on all alike.
  type Side = 'with' | 'without' | 'floor';
  const SIDES: Side[] = ['with', 'without', 'floor'];
  const contextOf: Record<Side, BrowserContext> = {
    with: extensionBrowser.context,
    without: plainBrowser.context,
    floor: floorBrowser.context,
  };
  const loads = await measured('load event: with the extension / without / with an empty detector.js', async (run) => {
    const times = {} as Record<Side, number>;
    for (let i = 0; i < SIDES.length; i++) {
      const side = SIDES[(i + run) % SIDES.length]!;
      times[side] = await loadEventMs(contextOf[side]);
    }
    return times;
    // A 3 MB page's load event varies by ±10% from load to load on this machine, more than any
    // effect measured here: three times the runs, for a steadier median.
  }, 3 * RUNS);
  // Separate, traced loads for the extension's own main-thread time (tracing would slow the loads above).
  const detectorRuns = await measured('detector main-thread time (traced)', async () => {
    const page = await extensionBrowser.context.newPage();
    try {
      const stop = await trace.startTrace(extensionBrowser.context, page);
      await page.goto(BIG_URL, { waitUntil: 'load' });
      await page.waitForTimeout(1500); // the background has injected the detector after the load, and it has run
      const events = await stop();
      const detector = trace.scriptRun(events, DETECTOR_URL);
      if (!detector) throw new Error(`the trace shows no run of ${DETECTOR_URL}`);
      if (trace.scriptRun(events, ANNOTATOR_URL)) throw new Error(`the annotator ran on ${BIG_URL}`);
      const load = trace.eventNamed(events, detector, 'MarkLoad');
      const time = trace.scriptTime(events, detector, extensionOrigin);
      return {
        extensionMs: time.wall,
        extensionCpuMs: time.cpu,
        detectorRanAfterLoadMs: load ? trace.ms(load.ts, detector.ts) : null,
      };
    } finally {
      await page.close();
    }
  });
  const overhead = {
    page: { url: BIG_URL, bytes: Buffer.byteLength(bigHtml) },
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

  // -------------------------------------------------------------------------------------------
  // 2, 4 and 5. The article (and the article with comments): timings, trace, cards

  interface CardRun {
    /** The page's figure: the annotator's qx:card-open mark → the next requestAnimationFrame. */
    cardMs: number | null;
    /** From the trace: the timer task that opens the card → end of the task that paints the next frame. */
    tracedMs: number | null;
  }

  const hoverCards = async (page: Page, thread: trace.Thread): Promise<CardRun[]> => {
    const entries = await page.$$eval('qx-mention[role="button"]', (elements) =>
      elements.map((element) => (element as HTMLElement).dataset.qxEntry ?? ''),
    );
    const indices: number[] = [];
    entries.forEach((entry, i) => {
      if (indices.length < CARDS_PER_PAGE && !indices.some((j) => entries[j] === entry)) indices.push(i);
    });
    const cards: CardRun[] = [];
    for (const index of indices) {
      const stop = await trace.startTrace(extensionBrowser.context, page);
      await page.locator('qx-mention[role="button"]').nth(index).hover();
      await page.locator('qx-overlay .card').waitFor({ state: 'visible' });
      await page.waitForTimeout(200); // the painted frame, and the annotator's requestAnimationFrame
      const events = await stop();
      const cardMs = await page.evaluate(() => (window as unknown as { __benchCardMs: number[] }).__benchCardMs.at(-1) ?? null);
      cards.push({ cardMs, tracedMs: cardFromTrace(events, thread) });
      await page.mouse.move(1, 1);
      await page.locator('qx-overlay .card').waitFor({ state: 'hidden' });
    }
    return cards;
  };

  /** The hover-intent timer's task (a TimerFire running the annotator's code) → end of the task with the next Paint. */
  const cardFromTrace = (events: trace.TraceEvent[], thread: trace.Thread): number | null => {
    const taskList = trace.tasks(events, thread);
    const calls = events.filter((e) => e.name === 'FunctionCall' && e.pid === thread.pid && e.tid === thread.tid && e.args?.data?.url === ANNOTATOR_URL);
    const timers = events.filter((e) => e.name === 'TimerFire' && e.pid === thread.pid && e.tid === thread.tid);
    const openTimer = timers
      .filter((timer) => calls.some((call) => call.ts >= timer.ts && call.ts <= trace.endOf(timer)))
      .sort((a, b) => a.ts - b.ts)[0];
    const openTask = openTimer && trace.taskAt(taskList, openTimer.ts);
    if (!openTimer || !openTask) return null;
    const paint = trace.eventNamed(events, thread, 'Paint', trace.endOf(openTask));
    const paintTask = paint && trace.taskAt(taskList, paint.ts);
    return paintTask ? trace.ms(openTimer.ts, trace.endOf(paintTask)) : null;
  };

  interface ArticleRun {
    /** Set when the annotator gave up on the page as too large (then nothing below the trace figures is measured). */
    tooLarge: ArticleInfo['tooLarge'] | null;
    mentions: number;
    detectMs: number | null;
    extractMs: number | null;
    matchMs: number | null;
    markMs: number | null;
    stepsMs: number | null;
    /** Trace: the content script's start (EvaluateScript of ui-kit.js, then annotator.js) → first mention in the DOM. */
    wallMs: number | null;
    /** Trace: EvaluateScript of ui-kit.js and annotator.js (compiling and starting them, up to the annotator's first await). */
    scriptEvalMs: number;
    /** The same, the thread's CPU time. */
    scriptEvalCpuMs: number;
    /** Trace: the page's load event → first mention in the DOM. */
    loadToMarkedMs: number | null;
    /** Trace: the detector's start → first mention in the DOM (detector, message, injection, annotator). */
    detectorToMarkedMs: number | null;
    /** Trace: the task that extracted, matched and marked. */
    markingTaskMs: number | null;
    /** Trace: the longest task that ran extension code (the detector, the annotator's start, the marking task). */
    longestExtensionTaskMs: number;
    /** Trace: the longest task of the page until the marks (or the annotator's start), whoever ran it. */
    longestPageTaskMs: number;
    cards: CardRun[];
  }

  /** Asks the annotator until it has marked (its timings are in the page) or says the page is too large. */
  const settledInfo = async (page: Page): Promise<{ info: ArticleInfo; timings: Timings | null }> => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const info = await articleInfo(extensionBrowser, page).catch(() => null); // not listening yet
      const timings = info && (await annotatorTimings(page));
      if (info && (timings || info.tooLarge)) return { info, timings };
      if (Date.now() > deadline) throw new Error(`the annotator did not finish on ${page.url()} within 120 s`);
      await page.waitForTimeout(250);
    }
  };

  const articleRun = async (url: string, withCards: boolean): Promise<ArticleRun> => {
    const page = await extensionBrowser.context.newPage();
    try {
      await page.addInitScript(observeMarks);
      const stop = await trace.startTrace(extensionBrowser.context, page);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const { info, timings } = await settledInfo(page);
      await page.waitForTimeout(300);
      const events = await stop();
      const annotator = trace.scriptRun(events, ANNOTATOR_URL);
      const uiKit = trace.scriptRun(events, UI_KIT_URL);
      const marked = trace.userMark(events, 'qx-bench-marked');
      if (!annotator) throw new Error(`the trace of ${url} shows no run of the annotator`);
      if (timings && info.mentionCount > 0 && !marked) throw new Error(`the trace of ${url} lacks the marks`);
      const thread = { pid: annotator.pid, tid: annotator.tid };
      const taskList = trace.tasks(events, thread);
      const markingTask = marked && trace.taskAt(taskList, marked.ts);
      const load = trace.eventNamed(events, thread, 'MarkLoad');
      const detector = trace.scriptRun(events, DETECTOR_URL);
      const extensionEvents = events.filter(
        (e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.args?.data?.url?.startsWith(extensionOrigin),
      );
      const extensionTasks = taskList.filter(
        (task) => task === markingTask || extensionEvents.some((e) => e.ts >= task.ts && e.ts <= trace.endOf(task)),
      );
      const until = marked ? marked.ts : trace.endOf(annotator);
      const sinceMarked = (from: trace.TraceEvent | undefined) => (from && marked ? trace.ms(from.ts, marked.ts) : null);
      return {
        tooLarge: info.tooLarge ?? null,
        mentions: info.mentionCount,
        detectMs: timings?.detectMs ?? null,
        extractMs: timings?.extractMs ?? null,
        matchMs: timings?.matchMs ?? null,
        markMs: timings?.markMs ?? null,
        stepsMs: timings ? timings.detectMs + timings.extractMs + timings.matchMs + timings.markMs : null,
        wallMs: sinceMarked(uiKit ?? annotator),
        scriptEvalMs: trace.durationMs(annotator) + (uiKit ? trace.durationMs(uiKit) : 0),
        scriptEvalCpuMs: [annotator, uiKit].reduce((total, run) => total + (run ? (run.tdur ?? run.dur ?? 0) / 1000 : 0), 0),
        loadToMarkedMs: sinceMarked(load),
        detectorToMarkedMs: sinceMarked(detector),
        markingTaskMs: markingTask ? trace.durationMs(markingTask) : null,
        longestExtensionTaskMs: Math.max(0, ...extensionTasks.map(trace.durationMs)),
        longestPageTaskMs: Math.max(0, ...taskList.filter((task) => task.ts <= until).map(trace.durationMs)),
        cards: withCards && marked ? await hoverCards(page, thread) : [],
      };
    } finally {
      await page.close();
    }
  };

  const summariseArticle = (url: string, runs: ArticleRun[]): ArticleSummary => ({
    url,
    tooLarge: runs.find((r) => r.tooLarge)?.tooLarge ?? null,
    runsTooLarge: runs.filter((r) => r.tooLarge).length,
    mentions: stat(runs.map((r) => r.mentions)),
    detectMs: pickOptional(runs, (r) => r.detectMs),
    extractMs: pickOptional(runs, (r) => r.extractMs),
    matchMs: pickOptional(runs, (r) => r.matchMs),
    markMs: pickOptional(runs, (r) => r.markMs),
    stepsMs: pickOptional(runs, (r) => r.stepsMs),
    wallMs: pickOptional(runs, (r) => r.wallMs),
    scriptEvalMs: pick(runs, (r) => r.scriptEvalMs),
    scriptEvalCpuMs: pick(runs, (r) => r.scriptEvalCpuMs),
    loadToMarkedMs: pickOptional(runs, (r) => r.loadToMarkedMs),
    detectorToMarkedMs: pickOptional(runs, (r) => r.detectorToMarkedMs),
    markingTaskMs: pickOptional(runs, (r) => r.markingTaskMs),
    longestExtensionTaskMs: pick(runs, (r) => r.longestExtensionTaskMs),
    longestPageTaskMs: pick(runs, (r) => r.longestPageTaskMs),
  });

  log('2. the article: content script start → all mentions marked (5. cards on the WeChat copy)');
  const wechat = await measured('WeChat article', () => articleRun(WECHAT_URL, true));
  const repost = await measured('repost', () => articleRun(REPOST_URL, false));
  const article = {
    wechat: { ...summariseArticle(WECHAT_URL, wechat.runs), warmup: wechat.warmup },
    repost: { ...summariseArticle(REPOST_URL, repost.runs), warmup: repost.warmup },
  };
  const cards = {
    firstCardMs: pickOptional(wechat.runs, (r) => r.cards[0]?.cardMs ?? null),
    laterCardMs: pickOptional(wechat.runs.flatMap((r) => r.cards.slice(1)), (c) => c.cardMs),
    firstCardTracedMs: pickOptional(wechat.runs, (r) => r.cards[0]?.tracedMs ?? null),
    laterCardTracedMs: pickOptional(wechat.runs.flatMap((r) => r.cards.slice(1)), (c) => c.tracedMs),
  };

  log('4. growth: the article followed by 1×, 10× and 100× its length of comments');
  const growth: GrowthRow[] = [];
  for (const factor of GROWTH_FACTORS) {
    const path = `mp.weixin.qq.com/s/bench-growth-${factor}x/`;
    const page = wechatWithComments(factor);
    server.pages.set(path, page.html);
    const runs = await measured(`article + ${factor}× comments`, () => articleRun(urlOf(path), false));
    growth.push({
      factor,
      bytes: Buffer.byteLength(page.html),
      articleChars: page.articleChars,
      extraChars: page.extraChars,
      ...summariseArticle(urlOf(path), runs.runs),
      warmup: runs.warmup,
    });
    server.pages.delete(path);
  }
  // Linear growth: the added cost per added character is about the same at every size.
  const base = article.wechat.stepsMs;
  const slopes = growth
    .filter((row) => row.stepsMs && base)
    .map((row) => ({
      from: 0,
      to: row.factor,
      /** Extra ms of the annotator's steps per 100,000 characters of comments, against the article alone. */
      msPer100kChars: ((row.stepsMs!.median - base!.median) / row.extraChars) * 100_000,
    }));

  // -------------------------------------------------------------------------------------------
  // 3. Against mark.js, in a page without the extension

  log('3. ours against mark.js on the WeChat article body, in a page without the extension');
  const bundle = await build({
    entryPoints: [join(BENCH, 'page/entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  const pageScript = bundle.outputFiles[0]!.text;
  const { compileGlossary } = await import('../src/glossary/compile');
  const { readGlossaryFiles } = await import('../src/glossary/vite-plugin');
  const { buildAliasIndex } = await import('../src/match/alias-index');
  const { chineseArticleAliases } = await import('../src/app/profiles/aliases');
  const targets = buildAliasIndex(compileGlossary(readGlossaryFiles()).entries, chineseArticleAliases, new Set(['person']));
  const aliases = [...new Set(targets.map((target) => target.alias))];
  const ROOT_SELECTOR = '#js_content';
  type Variant = 'ours' | MarkJsMode;
  const VARIANTS: Variant[] = ['ours', 'keywords', 'regexp'];
  const callVariant = (page: Page, variant: Variant): Promise<RunResult> =>
    variant === 'ours'
      ? page.evaluate(([t, root]) => window.__bench.ours(t, root), [targets, ROOT_SELECTOR] as const)
      : page.evaluate(([a, root, mode]) => window.__bench.markjs(a, root, mode), [aliases, ROOT_SELECTOR, variant] as const);

  const comparison = await measured('ours / mark.js keywords / mark.js one RegExp', async (run) => {
    const page = await plainBrowser.context.newPage();
    try {
      await page.goto(WECHAT_URL, { waitUntil: 'load' });
      await page.addScriptTag({ content: pageScript });
      // Each library's first call in a fresh page is its cold figure; the order rotates per run.
      const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]!);
      const cold = {} as Record<Variant, RunResult>;
      for (const variant of order) cold[variant] = await callVariant(page, variant);
      const warm = { ours: [], keywords: [], regexp: [] } as Record<Variant, RunResult[]>;
      for (let repeat = 0; repeat < WARM_REPEATS; repeat++) {
        for (const variant of order) warm[variant].push(await callVariant(page, variant));
      }
      return { cold, warm };
    } finally {
      await page.close();
    }
  });
  const variantFigures = (variant: Variant): VariantFigures => {
    const cold = comparison.runs.map((r) => r.cold[variant]);
    const warm = comparison.runs.flatMap((r) => r.warm[variant]);
    const all = [...cold, ...warm];
    return {
      coldMs: pick(cold, (r) => r.ms),
      coldMarkMs: pick(cold, (r) => r.markMs),
      coldUndoMs: pick(cold, (r) => r.undoMs),
      warmMs: pick(warm, (r) => r.ms),
      count: cold[0]!.count,
      countsAgreeAcrossRuns: all.every((r) => r.count === cold[0]!.count),
      restored: all.every((r) => r.restored),
      byAlias: cold[0]!.byAlias,
    };
  };
  const ours = variantFigures('ours');
  const keywords = variantFigures('keywords');
  const regexp = variantFigures('regexp');
  const countDifferences = (other: VariantFigures) =>
    aliases
      .map((alias) => ({ alias, ours: ours.byAlias[alias] ?? 0, markjs: other.byAlias[alias] ?? 0 }))
      .filter((row) => row.ours !== row.markjs)
      .map((row) => {
        const target = targets.find((t) => t.alias === row.alias)!;
        const why =
          row.ours < row.markjs && target.notInside.length
            ? `ours skips it inside ${target.notInside.join('/')} (the glossary's notInside words)`
            : row.ours < row.markjs && target.latin
              ? 'ours needs word boundaries around Latin aliases; mark.js matches inside words'
              : 'matched differently (overlapping aliases or text across blocks)';
        return { ...row, why };
      });
  const markjs = {
    warmup: Object.fromEntries(VARIANTS.map((variant) => [variant, comparison.warmup.cold[variant].ms])),
    root: ROOT_SELECTOR,
    aliases: aliases.length,
    options: {
      keywords: "mark(aliases, { separateWordSearch: false, acrossElements: true, caseSensitive: true, diacritics: false, exclude: ['[data-markjs]'] }) + unmark()",
      regexp: 'markRegExp(/alias1|alias2|…/g longest first, { acrossElements: true }) + unmark()',
    },
    ours,
    keywords: { ...keywords, ratioCold: keywords.coldMs.median / ours.coldMs.median, ratioWarm: keywords.warmMs.median / ours.warmMs.median, differences: countDifferences(keywords) },
    regexp: { ...regexp, ratioCold: regexp.coldMs.median / ours.coldMs.median, ratioWarm: regexp.warmMs.median / ours.warmMs.median, differences: countDifferences(regexp) },
  };

  // -------------------------------------------------------------------------------------------
  // The report

  const results: Results = {
    date: new Date().toISOString(),
    chromium,
    machine: {
      nproc: cpus().length,
      /** Load averages (1, 5, 15 min) when the run started and ended: other work on the machine skews every figure. */
      loadAverage: { atStart: startLoad, atEnd: loadavg().map((n) => Math.round(n * 100) / 100) },
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    runs: RUNS,
    note: 'Each figure: median, min and max of the measured runs, after one warm-up run (kept as "warmup" where shown). All times in ms.',
    overhead,
    article,
    markjs,
    growth: { rows: growth, msPer100kChars: slopes },
    cards,
    sizes: { detectorGzipBytes: detectorSize.gzipBytes, chromeZipBytes, scripts: sizes },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  log(`\nwrote ${relative(ROOT, join(BENCH, 'results.json'))} (${results.durationSeconds} s of measuring)`);
} finally {
  await extensionBrowser.close();
  await plainBrowser.close();
  await floorBrowser.close();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}

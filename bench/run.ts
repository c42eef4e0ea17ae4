/**
 * `npm run bench [-- --no-build] [--runs N] [--only SECTION,…]`: the extension's speed in the real browser (Debian's
 * Chromium, the built extension, no mocks), against no extension at all, the one-regex floor and
 * mark.js. Prints a table and writes the same figures to bench/results.json. See bench/README.md.
 *
 * It is a benchmark, not a test: it reports every figure against its goal and never fails on a
 * time. It stops with an error only when it cannot measure (no build, the article not annotated,
 * a trace without the events it needs) — and it waits for what it measures, never for a fixed time,
 * so a busy machine makes it slower, not wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { makeBigChinesePage } from '../tests/fixtures/big-page.mjs';
import { startFixtureServer } from '../tests/support/fixture-server';
import { measureAddedTime } from './lib/added-time';
import { articleRun, summariseArticle, summariseCards } from './lib/article';
import { browserVersion, launchPlain } from './lib/browsers';
import { measureComparison } from './lib/comparison';
import { extensionScripts, loadAverage, measured, type Bench, type PlainBench } from './lib/context';
import { measureOverhead } from './lib/overhead';
import { REPOST_PATH, WECHAT_PATH, wechatWithComments } from './lib/pages';
import { printReport, type GrowthRow, type MeasuredSections, type PartialResults, type Results } from './lib/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
/** Measured runs per figure, after one warm-up run that is not counted. */
const RUNS = Math.max(5, Math.floor(Number(option('--runs') ?? 7)) || 7);
/** The sections that can run alone with --only (sizes and cards come with a whole run and with the article). */
const SECTIONS = ['overhead', 'article', 'added', 'comparison', 'growth'] as const;
type Section = (typeof SECTIONS)[number];
const only = option('--only')?.split(',');
const unknownSection = only?.find((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknownSection !== undefined) throw new Error(`--only takes some of ${SECTIONS.join(', ')}, not "${unknownSection}"`);
/** Growth is measured against the article alone, so it brings section 2 along. */
const selected = (section: Section) => !only || only.includes(section) || (section === 'article' && only.includes('growth'));
/** Section 4 runs in pages without the extension and bundles src/ itself: it needs neither a build nor the extension. */
const needsExtension = SECTIONS.some((section) => section !== 'comparison' && selected(section));
const GROWTH_FACTORS = [1, 10, 100];

const log = (line: string) => process.stderr.write(`${line}\n`);
const startLoad = loadAverage();
/** The load average as each section starts: printed in its title. */
const loadBySection: Record<string, number[]> = {};
const startSection = (key: string, title: string) => {
  loadBySection[key] = loadAverage();
  log(`${title}  [load average ${loadBySection[key].join(' ')}]`);
};

// ---------------------------------------------------------------------------------------------
// The build: made here (unless --no-build) and copied aside, so that a rebuild by someone else
// during the run cannot change what is measured.

if (needsExtension && !args.includes('--no-build')) {
  log('building and zipping the extension (npx wxt zip) …');
  const built = spawnSync('npx', ['wxt', 'zip'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    process.stderr.write(built.stdout + built.stderr);
    throw new Error('npx wxt zip failed');
  }
}
const { CHROMIUM, launchWithExtension } = await import('../tests/support/chromium');
/** The build, copied aside; null when only sections without the extension run. */
const extensionDir = needsExtension ? mkdtempSync(join(tmpdir(), 'qx-bench-ext-')) : null;
if (extensionDir) cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });

// ---------------------------------------------------------------------------------------------
// 7. Sizes (no browser needed)

/** Every script of the build, and the data files that scripts load at run time (not the manifest or _locales/). */
function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_locales' ? [] : builtFiles(path);
    return path.endsWith('.js') || (path.endsWith('.json') && name !== 'manifest.json') ? [path] : [];
  });
}

function measureSizes(dir: string): Results['sizes'] {
  const scripts = builtFiles(dir)
    .sort()
    .map((file) => {
      const raw = readFileSync(file);
      return {
        file: relative(dir, file),
        kind: file.endsWith('.js') ? ('script' as const) : ('data' as const),
        bytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      };
    });
  const detectorSize = scripts.find((size) => size.file === 'detector.js');
  if (!detectorSize) throw new Error(`no detector.js in the build (${dir})`);
  /** The zip `wxt zip` made of this build (with --no-build, whatever zip is there, if any). */
  const { name: packageName, version: packageVersion } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const chromeZip = join(ROOT, '.output', `${packageName}-${packageVersion}-chrome.zip`);
  const chromeZipBytes = existsSync(chromeZip) ? statSync(chromeZip).size : null;
  return { detectorGzipBytes: detectorSize.gzipBytes, chromeZipBytes, scripts };
}
const sizes = extensionDir && !only ? measureSizes(extensionDir) : undefined;

// ---------------------------------------------------------------------------------------------
// The browsers and pages

const server = await startFixtureServer();
const urlOf = (path: string) => `http://${path.replace('/', `:${server.port}/`)}`;
const WECHAT_URL = urlOf(WECHAT_PATH);
const REPOST_URL = urlOf(REPOST_PATH);

const plain = await launchPlain(server.port, CHROMIUM);
const extension = extensionDir ? await launchWithExtension(server.port, { extensionDir }) : null;
// For scale: the same extension with an empty detector.js, what injecting any script costs.
const floorDir = extensionDir && selected('overhead') ? mkdtempSync(join(tmpdir(), 'qx-bench-floor-')) : null;
if (extensionDir && floorDir) {
  cpSync(extensionDir, floorDir, { recursive: true });
  writeFileSync(join(floorDir, 'detector.js'), '');
}
const emptyDetector = floorDir ? await launchWithExtension(server.port, { extensionDir: floorDir }) : null;
const plainBench: PlainBench = { plain, runs: RUNS, log };
const bench: Bench | null = extension && { ...plainBench, extension, scripts: extensionScripts(extension.extensionId) };
const chromium = await browserVersion(plain.context);
const started = Date.now();

/** Section 5: the WeChat article with 1×, 10× and 100× its length of comments, and the added cost per character. */
async function measureGrowth(bench: Bench, base: Results['article']['wechat']) {
  const rows: GrowthRow[] = [];
  for (const factor of GROWTH_FACTORS) {
    const path = `mp.weixin.qq.com/s/bench-growth-${factor}x/`;
    const page = wechatWithComments(factor);
    server.pages.set(path, page.html);
    const runs = await measured(bench, `article + ${factor}× comments`, () => articleRun(bench, urlOf(path), false));
    rows.push({ factor, bytes: Buffer.byteLength(page.html), articleChars: page.articleChars, extraChars: page.extraChars, ...summariseArticle(urlOf(path), runs.runs), warmup: runs.warmup });
    server.pages.delete(path);
  }
  // Linear growth: the added cost per added character is about the same at every size.
  const slopes = rows
    .filter((row) => row.stepsMs && base.stepsMs)
    .map((row) => ({
      from: 0,
      to: row.factor,
      /** Extra ms of the annotator's steps per 100,000 characters of comments, against the article alone. */
      msPer100kChars: ((row.stepsMs!.median - base.stepsMs!.median) / row.extraChars) * 100_000,
    }));
  return { rows, msPer100kChars: slopes };
}

/** Section 2: the article, its WeChat copy (with the cards of section 6) and a repost. */
async function measureArticle(bench: Bench) {
  startSection('article-wechat', '2. the article: content script start → all mentions marked (6. cards on the WeChat copy)');
  const wechat = await measured(bench, 'WeChat article', () => articleRun(bench, WECHAT_URL, true));
  startSection('article-repost', '2. the article, a repost');
  const repost = await measured(bench, 'repost', () => articleRun(bench, REPOST_URL, false));
  // The cards are hovered in the WeChat runs of 2.
  loadBySection.cards = loadBySection['article-wechat']!;
  return {
    article: {
      wechat: { ...summariseArticle(WECHAT_URL, wechat.runs), warmup: wechat.warmup },
      repost: { ...summariseArticle(REPOST_URL, repost.runs), warmup: repost.warmup },
    },
    cards: summariseCards(wechat.runs),
  };
}

/** The sections asked for, each under its own heading, in the order of the table. */
async function measureSections(): Promise<MeasuredSections> {
  const measuredSections: MeasuredSections = {};
  if (bench && emptyDetector && selected('overhead')) {
    startSection('overhead', '1. a 3 MB Chinese page that is not the article, with and without the extension');
    const BIG_PATH = 'www.big-news.example/zh/handbook.html';
    const bigHtml = makeBigChinesePage(3_000_000);
    server.pages.set(BIG_PATH, bigHtml);
    measuredSections.overhead = await measureOverhead(bench, emptyDetector, urlOf(BIG_PATH), Buffer.byteLength(bigHtml));
  }
  if (bench && selected('article')) Object.assign(measuredSections, await measureArticle(bench));
  if (bench && selected('added')) {
    startSection('added', '3. added main-thread time on the article page');
    measuredSections.addedTime = await measureAddedTime(bench, WECHAT_URL);
  }
  if (selected('comparison')) {
    startSection('markjs', '4. against the floor and mark.js');
    measuredSections.markjs = await measureComparison(plainBench, WECHAT_URL, BENCH);
  }
  if (bench && measuredSections.article && selected('growth')) {
    startSection('growth', '5. growth: the article followed by 1×, 10× and 100× its length of comments');
    measuredSections.growth = await measureGrowth(bench, measuredSections.article.wechat);
  }
  return measuredSections;
}

try {
  const measuredSections = await measureSections();
  const results: PartialResults = {
    date: new Date().toISOString(),
    chromium,
    machine: {
      nproc: cpus().length,
      loadAverage: { atStart: startLoad, atEnd: loadAverage(), bySection: loadBySection },
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    runs: RUNS,
    note: 'Each figure: median, min and max of the measured runs, after one warm-up run (kept as "warmup" where shown). All times in ms.',
    ...measuredSections,
    sizes,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  // A run of some sections only is printed, not kept: results.json holds whole runs.
  if (!only) {
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
  printReport(results);
  if (!only) log(`\nwrote ${relative(ROOT, join(BENCH, 'results.json'))} (${results.durationSeconds} s of measuring)`);
} finally {
  await extension?.close();
  await plain.close();
  await emptyDetector?.close();
  await server.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  if (floorDir) rmSync(floorDir, { recursive: true, force: true });
}

/**
 * `npm run bench [-- --no-build] [--runs N]`: the extension's speed in the real browser (Debian's
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
import { extensionScripts, loadAverage, measured, type Bench } from './lib/context';
import { measureOverhead } from './lib/overhead';
import { REPOST_PATH, WECHAT_PATH, wechatWithComments } from './lib/pages';
import { printReport, type GrowthRow, type Results } from './lib/report';

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
// 7. Sizes (no browser needed)

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
// The browsers and pages

const server = await startFixtureServer();
const urlOf = (path: string) => `http://${path.replace('/', `:${server.port}/`)}`;
const WECHAT_URL = urlOf(WECHAT_PATH);
const REPOST_URL = urlOf(REPOST_PATH);

const extension = await launchWithExtension(server.port, { extensionDir });
const plain = await launchPlain(server.port, CHROMIUM);
// For scale: the same extension with an empty detector.js, what injecting any script costs.
const floorDir = mkdtempSync(join(tmpdir(), 'qx-bench-floor-'));
cpSync(extensionDir, floorDir, { recursive: true });
writeFileSync(join(floorDir, 'detector.js'), '');
const emptyDetector = await launchWithExtension(server.port, { extensionDir: floorDir });
const bench: Bench = { extension, plain, scripts: extensionScripts(extension.extensionId), runs: RUNS, log };
const chromium = await browserVersion(plain.context);
const started = Date.now();

/** Section 5: the WeChat article with 1×, 10× and 100× its length of comments, and the added cost per character. */
async function measureGrowth(base: Results['article']['wechat']) {
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

try {
  startSection('overhead', '1. a 3 MB Chinese page that is not the article, with and without the extension');
  const BIG_PATH = 'www.big-news.example/zh/handbook.html';
  const bigHtml = makeBigChinesePage(3_000_000);
  server.pages.set(BIG_PATH, bigHtml);
  const overhead = await measureOverhead(bench, emptyDetector, urlOf(BIG_PATH), Buffer.byteLength(bigHtml));

  startSection('article-wechat', '2. the article: content script start → all mentions marked (6. cards on the WeChat copy)');
  const wechat = await measured(bench, 'WeChat article', () => articleRun(bench, WECHAT_URL, true));
  startSection('article-repost', '2. the article, a repost');
  const repost = await measured(bench, 'repost', () => articleRun(bench, REPOST_URL, false));
  const article = {
    wechat: { ...summariseArticle(WECHAT_URL, wechat.runs), warmup: wechat.warmup },
    repost: { ...summariseArticle(REPOST_URL, repost.runs), warmup: repost.warmup },
  };
  // The cards are hovered in the WeChat runs of 2.
  loadBySection.cards = loadBySection['article-wechat']!;
  const cards = summariseCards(wechat.runs);

  startSection('added', '3. added main-thread time on the article page');
  const addedTime = await measureAddedTime(bench, WECHAT_URL);

  startSection('markjs', '4. against the floor and mark.js');
  const markjs = await measureComparison(bench, WECHAT_URL, BENCH);

  startSection('growth', '5. growth: the article followed by 1×, 10× and 100× its length of comments');
  const growth = await measureGrowth(article.wechat);

  const results: Results = {
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
    overhead,
    article,
    addedTime,
    markjs,
    growth,
    cards,
    sizes: { detectorGzipBytes: detectorSize.gzipBytes, chromeZipBytes, scripts: sizes },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  log(`\nwrote ${relative(ROOT, join(BENCH, 'results.json'))} (${results.durationSeconds} s of measuring)`);
} finally {
  await extension.close();
  await plain.close();
  await emptyDetector.close();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}

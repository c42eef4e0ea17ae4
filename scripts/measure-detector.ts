/**
 * Measures what the every-page detector costs: its gzipped size, and its main-thread time on
 * 3 MB pages that are not the article (from Chromium performance traces of the real extension,
 * not a re-run of its code). For scale it also measures a stand-in detector that only reads
 * document.title, the least any content script that looks at a page can do.
 *
 *   npm run measure:detector [-- OTHER_BUILD_DIR]
 *
 * With another build's chrome-mv3 folder (say, main's, copied aside), that build's detector is
 * measured in the same run, page by page, so a busy machine weighs on both alike.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeBigChinesePage } from '../tests/fixtures/big-page.mjs';
import { setTimeout as pause } from 'node:timers/promises';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tests/support/chromium';
import { finalDecisionFor, storedRecords } from '../tests/support/decision-records';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../tests/support/fixture-server';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

const RUNS = 7;

/** An English page of about `bytes`, from the unrelated English fixture's paragraphs. */
function makeBigEnglishPage(bytes: number): string {
  const source = readFileSync(join(SITES_DIR, 'www.example-news.com/sports/jones-gomez-kaiser.html'), 'utf8');
  const paragraphs = source.match(/<p>[\s\S]*?<\/p>/g) ?? ['<p>Box score.</p>'];
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const block = `<div class="story"><h2>Story ${i}</h2>${paragraphs.join('')}<ul><li><a href="#${i}">More</a></li></ul></div>`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sports archive</title></head><body>${parts.join('')}</body></html>`;
}

/**
 * Waits until the background has recorded what it decided about the page (the detector's verdict,
 * or that it skipped the page): by then the detector has run, however busy the machine.
 */
async function decided(browser: ExtensionBrowser, url: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await pause(20)) {
    try {
      finalDecisionFor(url, await storedRecords(browser));
      return;
    } catch {
      // not decided yet
    }
  }
  throw new Error(`The extension recorded no decision about ${url} within 30 s.`);
}

/** The detector's main-thread time on each run; 0 where the background did not inject it at all. */
async function detectorTimes(extensionDir: string, server: FixtureServer, url: string, injected: boolean): Promise<number[]> {
  const browser = await launchWithExtension(server.port, { extensionDir });
  const detectorUrl = `chrome-extension://${browser.extensionId}/detector.js`;
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      await page.goto(url, { waitUntil: 'load' });
      await decided(browser, url);
      await cdp.send('Tracing.end');
      await done;
      const ms = events
        .filter((event) => event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url === detectorUrl)
        .reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
      if (injected && ms === 0) throw new Error(`The trace shows no run of ${detectorUrl}: is the extension loaded?`);
      if (!injected && ms > 0) throw new Error(`${detectorUrl} ran on ${url}, a page with no Chinese in its title.`);
      if (await page.locator('qx-mention').count()) throw new Error(`${url} was annotated: it is not the article.`);
      if (run > 0) times.push(ms); // the first run warms the browser's caches, as for a reader
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b);
}

const summary = (times: number[]) =>
  `median ${times[times.length >> 1]!.toFixed(2)} ms, min ${times[0]!.toFixed(2)}, max ${times[times.length - 1]!.toFixed(2)}`;

/**
 * A page as WeChat and portals serve them: about 2 MB of inline script and 340 KB of inline CSS in
 * front of a 1 MB unrelated Chinese page, so the detector's sample must pass over code to reach text.
 */
function withInlineCodeFirst(html: string, title: string): string {
  const css = `<style>${'.rich_media_content .js_img_placeholder{display:inline-block;margin:0 auto 8px;color:rgba(0,0,0,.9)}'.repeat(3_800)}</style>`;
  const script = `<script>${'var msg_title="城市生活手册",msg_desc="",ct="1711343280",item_show_type="0";'.repeat(400)}</script>`;
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>${css}`)
    .replace(/<body([^>]*)>/, `<body$1>${script.repeat(60)}`);
}

const gzippedDetector = (dir: string) => gzipSync(readFileSync(join(dir, 'detector.js')), { level: 9 }).length;
const otherBuild = process.argv[2];
const server = await startFixtureServer();
const pages = {
  'Chinese 3 MB page (Chinese title: the detector reads a short text sample)': ['www.big-news.example/zh.html', makeBigChinesePage(3_000_000), true],
  'Chinese 3 MB page, 2 MB of it inline script and CSS first (Chinese title: short look)': [
    'www.big-news.example/zh-inline.html',
    withInlineCodeFirst(makeBigChinesePage(1_000_000), '城市生活手册'),
    true,
  ],
  'Chinese 3 MB page titled like the article, inline script and CSS first (the long look; not the article)': [
    'www.big-news.example/zh-titled.html',
    withInlineCodeFirst(makeBigChinesePage(1_000_000), 'Transformer作者们都去哪了？读后感'),
    true,
  ],
  'English 3 MB page (no Chinese title: the background injects nothing)': ['www.big-news.example/en.html', makeBigEnglishPage(3_000_000), false],
} as const;
for (const [path, html] of Object.values(pages)) server.pages.set(path, html);

const floorDir = mkdtempSync(join(tmpdir(), 'qx-floor-'));
cpSync(EXTENSION_DIR, floorDir, { recursive: true });
writeFileSync(join(floorDir, 'detector.js'), 'document.title;\n');

console.log(`every-page detector: ${(gzippedDetector(EXTENSION_DIR) / 1024).toFixed(2)} KB gzipped (budget 5 KB)`);
if (otherBuild) console.log(`the other build's detector (${otherBuild}): ${(gzippedDetector(otherBuild) / 1024).toFixed(2)} KB gzipped`);
console.log(`main-thread time of the detector's script (Chromium trace, ${RUNS} runs after a warm-up):`);
try {
  for (const [label, [path, html, injected]] of Object.entries(pages)) {
    const url = `http://${path.replace('/', `:${server.port}/`)}`;
    const ours = await detectorTimes(EXTENSION_DIR, server, url, injected);
    const other = otherBuild ? await detectorTimes(otherBuild, server, url, injected) : null;
    const floor = await detectorTimes(floorDir, server, url, injected);
    console.log(`  ${label}, ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB:`);
    console.log(`    detector:                           ${summary(ours)}`);
    if (other) console.log(`    the other build's detector:         ${summary(other)}`);
    console.log(`    a script that only reads the title: ${summary(floor)}`);
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  await server.close();
}

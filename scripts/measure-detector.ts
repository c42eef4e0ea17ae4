/**
 * Measures what the every-page detector costs: its gzipped size, and its main-thread time on
 * 3 MB pages that are not the article (from Chromium performance traces of the real extension,
 * not a re-run of its code). For scale it also measures a stand-in detector that only reads
 * document.title, the least any content script that looks at a page can do.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeBigChinesePage } from '../tests/fixtures/big-page.mjs';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/chromium';
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
      await page.waitForTimeout(1500); // the background has injected the detector after the load, and it has run
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

const detectorBytes = gzipSync(readFileSync(join(EXTENSION_DIR, 'detector.js')), { level: 9 }).length;
const server = await startFixtureServer();
const pages = {
  'Chinese 3 MB page (Chinese title: the detector reads a short text sample)': ['www.big-news.example/zh.html', makeBigChinesePage(3_000_000), true],
  'English 3 MB page (no Chinese title: the background injects nothing)': ['www.big-news.example/en.html', makeBigEnglishPage(3_000_000), false],
} as const;
for (const [path, html] of Object.values(pages)) server.pages.set(path, html);

const floorDir = mkdtempSync(join(tmpdir(), 'qx-floor-'));
cpSync(EXTENSION_DIR, floorDir, { recursive: true });
writeFileSync(join(floorDir, 'detector.js'), 'document.title;\n');

console.log(`every-page detector: ${(detectorBytes / 1024).toFixed(2)} KB gzipped (budget 5 KB)`);
console.log(`main-thread time of the detector's script (Chromium trace, ${RUNS} runs after a warm-up):`);
try {
  for (const [label, [path, html, injected]] of Object.entries(pages)) {
    const url = `http://${path.replace('/', `:${server.port}/`)}`;
    const ours = await detectorTimes(EXTENSION_DIR, server, url, injected);
    const floor = await detectorTimes(floorDir, server, url, injected);
    console.log(`  ${label}, ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB:`);
    console.log(`    detector:                           ${summary(ours)}`);
    console.log(`    a script that only reads the title: ${summary(floor)}`);
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  await server.close();
}

/**
 * Measures what the every-page detector costs: its gzipped size, and its main-thread time on a
 * 3 MB Chinese page that is not the article (from a Chromium performance trace of the real
 * extension, not a re-run of its code). Prints figures; `npm run budget` fails only on size.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { makeBigChinesePage } from '../tests/fixtures/big-page.mjs';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/chromium';
import { startFixtureServer } from '../tests/support/fixture-server';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

const RUNS = 7;
const detectorBytes = gzipSync(readFileSync(`${EXTENSION_DIR}/detector.js`), { level: 9 }).length;
const html = makeBigChinesePage(3_000_000);

const server = await startFixtureServer();
server.pages.set('www.big-news.example/3mb.html', html);
const browser = await launchWithExtension(server.port);
const times: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(`http://www.big-news.example:${server.port}/3mb.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1000); // document_idle has passed and the detector has run
    await cdp.send('Tracing.end');
    await done;
    const detectorUrl = `chrome-extension://${browser.extensionId}/detector.js`;
    const ms = events
      .filter((event) => event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url === detectorUrl)
      .reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
    if (ms === 0) throw new Error('The trace shows no run of the detector: is the extension loaded?');
    if (await page.locator('qx-mention').count()) throw new Error('The 3 MB page was annotated: it is not the article.');
    times.push(ms);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

times.sort((a, b) => a - b);
console.log(`every-page detector, gzipped: ${(detectorBytes / 1024).toFixed(2)} KB (budget 5 KB)`);
console.log(
  `detector main-thread time on a ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB page that is not the article, ${RUNS} runs: ` +
    `median ${times[RUNS >> 1]!.toFixed(3)} ms, min ${times[0]!.toFixed(3)} ms, max ${times[RUNS - 1]!.toFixed(3)} ms (budget 1 ms)`,
);

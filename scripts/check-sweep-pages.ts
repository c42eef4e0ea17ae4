/**
 * Finds sweep pages (tests/fixtures/sweep) that change on their own, before they make the sweep
 * fail: each page is loaded twice in Chromium without the extension; one copy is read at once,
 * then both are read again after a while. A page whose copies differ (a random ad slot, the time
 * of day, a timer) or that goes elsewhere needs `lean.scripts` in the manifest (then
 * `node scripts/make-sweep-pages.mjs`). Needs no build: the extension is not loaded here.
 *
 *   npx jiti scripts/check-sweep-pages.ts [seconds to watch, default 12] [part of a URL]
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { setTimeout as watchFor } from 'node:timers/promises';
import { CHROMIUM, chromiumArgs } from '../tests/support/chromium';
import { startFixtureServer } from '../tests/support/fixture-server';
import { firstDifference, readSweepManifest, serialisedDom, serveSweepPages, type SweepPage } from '../tests/support/sweep';

const watchMs = Number(process.argv[2] ?? 12) * 1000;
const only = process.argv[3] ?? '';
const TABS_AT_ONCE = 6;

async function changesOnItsOwn(context: BrowserContext, page: SweepPage): Promise<string | undefined> {
  const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
  try {
    await Promise.all([first.goto(page.url), second.goto(page.url)]);
    if (first.url() !== page.url) return `goes on to ${first.url()}`;
    const atOnce = await serialisedDom(first);
    await watchFor(watchMs); // the window a timer has to show itself in: there is nothing to wait on
    const later = firstDifference(atOnce, await serialisedDom(first));
    const otherLoad = firstDifference(await serialisedDom(first), await serialisedDom(second));
    const difference = later ?? otherLoad;
    if (!difference) return undefined;
    return `${later ? 'changes after load' : 'differs from one load to the next'}:\n    ${JSON.stringify(difference.expected)}\n    ${JSON.stringify(difference.actual)}`;
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
}

const pages = readSweepManifest().pages.filter((page) => page.url.includes(only));
const server = await startFixtureServer({ https: true });
serveSweepPages(server, pages);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(server.port) });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', colorScheme: 'light' });
const queue = [...pages];
const found: string[] = [];
await Promise.all(
  Array.from({ length: TABS_AT_ONCE }, async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      const problem = await changesOnItsOwn(context, page).catch((error: unknown) => `failed to load: ${String(error)}`);
      if (problem) found.push(`${page.url} ${problem}`);
    }
  }),
);
await browser.close();
await server.close();
console.log(found.length ? found.join('\n') : `${pages.length} pages, none changes on its own within ${watchMs / 1000} s`);
process.exitCode = found.length ? 1 : 0;

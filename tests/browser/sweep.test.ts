/**
 * A sweep of real saved pages that are not the article (tests/fixtures/sweep: news portals,
 * blogs, forums, wikis, app shells; Chinese, Simplified and Traditional, and other languages). Each
 * is loaded in Chromium with the extension, until the extension has recorded its decision, and
 * without it; the DOM must be the same, with nothing of ours in it and no card.
 *
 * So that "the same" means something, the pages are lean copies that do not change on their own
 * (scripts/make-sweep-pages.mjs drops, page by page, the scripts that made one load differ from the
 * next: a random ad slot, the time of day, a timer), and both copies are read at the same moment,
 * once the extension has decided. Where they differ anyway, a third copy loaded without the
 * extension tells who changed the page: if it differs too, the page itself (fix its lean copy,
 * never the comparison); if not, the extension.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM, chromiumArgs, launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { waitForRecordedDecision } from '../support/decisions';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { CARD } from '../support/pages';
import {
  authorShadowRoots,
  firstDifference,
  readSweepManifest,
  serialisedDom,
  serveSweepPages,
  titleHasHan,
  type SweepPage,
} from '../support/sweep';

const { pages } = readSweepManifest();

/** Same window, language and colours with and without the extension: pages that read them render alike. */
const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 900 }, locale: 'en-US', colorScheme: 'light' } as const;

let server: FixtureServer;
let withExtension: ExtensionBrowser;
let plainBrowser: Browser;
let plain: BrowserContext;

interface Outcome {
  page: SweepPage;
  titleHasHan: boolean;
  decision: string;
  identical: boolean;
}
const outcomes: Outcome[] = [];
let startedAt = 0;

beforeAll(async () => {
  startedAt = performance.now();
  server = await startFixtureServer({ https: true });
  serveSweepPages(server, pages);
  withExtension = await launchWithExtension(server.port);
  plainBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs(server.port) });
  plain = await plainBrowser.newContext(CONTEXT_OPTIONS);
});

afterAll(async () => {
  printFigures(outcomes, performance.now() - startedAt);
  await plain?.close();
  await plainBrowser?.close();
  await withExtension?.close();
  await server?.close();
});

/** Loads the page in a new tab of `context` and checks it stayed where it was sent (a page script may redirect). */
async function open(context: BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  if (tab.url() !== url) throw new Error(`${url} went on to ${tab.url()} on its own: make its lean copy stay`);
  return tab;
}

/**
 * Why the two copies differ: the page itself, if a second copy loaded without the extension
 * differs from the first as well (then its lean copy needs fixing), else the extension.
 */
async function whoChangedThePage(url: string, withoutExtension: string): Promise<string> {
  const again = await open(plain, url);
  try {
    return (await serialisedDom(again)) === withoutExtension
      ? 'the extension changed the page'
      : 'the page changes on its own, without the extension too: make its lean copy steady (scripts/check-sweep-pages.ts)';
  } finally {
    await again.close();
  }
}

describe.concurrent('real pages that are not the article', () => {
  it.for(pages.map((page) => [`${page.lang} ${page.url}`, page] as const))('%s: the same DOM with the extension, nothing of ours', async ([, sweepPage], { expect }) => {
    const { url } = sweepPage;
    const [without, extended] = await Promise.all([open(plain, url), open(withExtension.context, url)]);
    try {
      // Room for a busy machine: this waits for the record, the timeout only bounds a failure.
      const decision = await waitForRecordedDecision(withExtension, extended, { timeout: 30_000 });
      // Both read now: the copy without the extension is as old as the one the extension has decided on.
      const [withoutExtension, withIt] = await Promise.all([serialisedDom(without), serialisedDom(extended)]);
      const identical = withIt === withoutExtension;
      outcomes.push({ page: sweepPage, titleHasHan: titleHasHan(await extended.title()), decision, identical });

      expect(decision).not.toBe('article');
      if (!identical) {
        expect(firstDifference(withoutExtension, withIt), await whoChangedThePage(url, withoutExtension)).toBeUndefined();
      }
      expect(withIt).not.toMatch(/<qx-|\sdata-qx-/);
      expect(await extended.locator(CARD).count()).toBe(0);
      expect(await authorShadowRoots(extended)).toBe(await authorShadowRoots(without));
    } finally {
      await Promise.all([without.close(), extended.close()]);
    }
  });
});

function printFigures(results: readonly Outcome[], elapsedMs: number): void {
  const count = (test: (outcome: Outcome) => boolean) => results.filter(test).length;
  const languages = [...new Set(results.map((outcome) => outcome.page.lang))].sort();
  const rows: [string, string | number][] = [
    ['pages swept', `${results.length} of ${pages.length}`],
    ['titles with Chinese characters (the detector looks)', count((outcome) => outcome.titleHasHan)],
    ...(['skipped', 'not-article', 'watching', 'article'] as const).map(
      (kind) => [`decided: ${kind}`, count((outcome) => outcome.decision === kind)] as [string, number],
    ),
    ['identical DOM with and without the extension', count((outcome) => outcome.identical)],
    ['watched (nearly empty Chinese pages)', results.filter((outcome) => outcome.decision === 'watching').map((outcome) => outcome.page.url).join(' ') || '-'],
    ['languages', languages.map((lang) => `${lang} ${count((outcome) => outcome.page.lang === lang)}`).join(', ')],
    ['gzipped bytes of the lean copies', pages.reduce((sum, page) => sum + page.bytes.gzipped, 0)],
    ['seconds, from starting the browsers to the last page', (elapsedMs / 1000).toFixed(1)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nSweep of real pages that are not the article\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`);
}

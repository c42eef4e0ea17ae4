/**
 * The sweep's real saved pages (tests/fixtures/sweep/manifest.json, made by
 * scripts/make-sweep-pages.mjs) and how a test reads what a page's DOM is.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { gunzipSync } from 'node:zlib';
import type { FixtureServer } from './fixture-server';

const SWEEP_DIR = new URL('../fixtures/sweep/', import.meta.url);

export interface SweepPage {
  /** The page's address on its site, where the test loads it (the browser's host resolver sends every host to the fixture server). */
  url: string;
  /** BCP 47: zh-Hans, zh-Hant, ja, en … */
  lang: string;
  source: { repo: string; commit: string; path: string };
  /** Under tests/fixtures/sweep/pages/: the lean copy, gzipped. */
  file: string;
  bytes: { source: number; lean: number; gzipped: number };
  /** Inline scripts dropped as well, where the page changed on its own from one load to the next, and what was seen. */
  lean?: { scripts: 'no-clock' | 'none'; why: string };
}

export interface SweepManifest {
  corpora: Record<string, { licence: string; about: string }>;
  pages: SweepPage[];
}

export function readSweepManifest(): SweepManifest {
  return JSON.parse(readFileSync(new URL('manifest.json', SWEEP_DIR), 'utf8')) as SweepManifest;
}

/** Puts every page on the fixture server under its host and path; two pages at one address are a mistake in the manifest. */
export function serveSweepPages(server: FixtureServer, pages: readonly SweepPage[]): void {
  for (const page of pages) {
    const { hostname, pathname } = new URL(page.url);
    const key = `${hostname}${decodeURIComponent(pathname)}`;
    if (server.pages.has(key)) throw new Error(`two sweep pages are served at ${key}`);
    server.pages.set(key, gunzipSync(readFileSync(new URL(`pages/${page.file}`, SWEEP_DIR))).toString('utf8'));
  }
}

/**
 * What a reader's page is made of, as text: the doctype and the whole document's markup, then
 * each child frame's (a frame can be written to as well). Attributes, text, comments, inline
 * styles and scripts are all in it; only our own shadow roots are not (counted apart).
 */
export async function serialisedDom(page: Page): Promise<string> {
  const parts: string[] = [];
  for (const frame of page.frames()) {
    const markup = await frame
      .evaluate(() => {
        const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
        return `${doctype}${document.documentElement?.outerHTML ?? ''}`;
      })
      .catch((error: unknown) => `(frame not readable: ${String(error)})`);
    parts.push(`<!-- frame ${frame === page.mainFrame() ? 'main' : frame.url()} -->${markup}`);
  }
  return parts.join('\n');
}

/** Shadow roots the page's elements carry, open or closed (the browser's own, inside inputs and media, not counted). */
export async function authorShadowRoots(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    interface CdpNode {
      shadowRootType?: string;
      children?: CdpNode[];
      shadowRoots?: CdpNode[];
      contentDocument?: CdpNode;
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const count = (node: CdpNode): number =>
      (node.shadowRoots ?? []).reduce((sum, shadow) => sum + (shadow.shadowRootType === 'user-agent' ? 0 : 1) + count(shadow), 0) +
      (node.children ?? []).reduce((sum, child) => sum + count(child), 0) +
      (node.contentDocument ? count(node.contentDocument) : 0);
    return count(root);
  } finally {
    await cdp.detach();
  }
}

/** Where two serialisations first part, with some context on each side: a readable failure instead of two megabytes. */
export function firstDifference(expected: string, actual: string, context = 160): { at: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - context);
  return { at, expected: expected.slice(from, at + context), actual: actual.slice(from, at + context) };
}

/** Has the page's title any Han character: only those get the detector (src/detect/detect.ts, worthALook). */
export function titleHasHan(title: string): boolean {
  return /[\u4e00-\u9fff]/.test(title);
}

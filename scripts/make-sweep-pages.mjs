#!/usr/bin/env node
// Makes the lean copies of the real saved pages in tests/fixtures/sweep/manifest.json (the sweep of
// pages that are not the article: tests/browser/sweep.test.ts) from the public corpora they come
// from. Only needed to add or remake a page; the tests read the committed copies.
//
//   node scripts/make-sweep-pages.mjs --corpora DIR    DIR holds one clone per corpus, named
//                                                      <owner>+<name> (a work tree or a bare .git)
//
// Each page is taken from its corpus at the recorded commit, decoded (UTF-8, or the charset the
// page declares), and made lean: what would reach for the network offline goes (external scripts,
// stylesheets and other fetched <link>s, the src of images, frames and media, meta refresh), and
// the declared charset becomes UTF-8, as the page is now stored. Everything else stays byte for
// byte: the markup, inline styles, inline scripts and data scripts. Where a page's own scripts
// made it differ from one load to the next (a random ad slot, the time of day, a timer), its
// `lean.scripts` says which inline scripts go too, and `lean.why` what was seen:
//   "no-clock"  the ones that use Math.random, Date, timers or animation frames;
//   "none"      every script that runs (data scripts, JSON and the like, stay).
// The result is gzipped (tests/fixtures/sweep/pages/*.html.gz) and its size recorded.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SWEEP = join(ROOT, 'tests', 'fixtures', 'sweep');
const MANIFEST = join(SWEEP, 'manifest.json');
const PAGES = join(SWEEP, 'pages');

/** <link rel> values a browser fetches something for. */
const FETCHING_RELS = new Set([
  'stylesheet', 'preload', 'prefetch', 'modulepreload', 'prerender', 'preconnect', 'dns-prefetch', 'icon',
  'apple-touch-icon', 'apple-touch-icon-precomposed', 'mask-icon', 'manifest', 'import', 'fluid-icon',
]);
/** Attributes that load a resource, by element. */
/** What a script that reads the clock or chance, or schedules itself, is written with. */
const USES_CLOCK = /Math\.random|\bDate\b|setTimeout|setInterval|requestAnimationFrame|performance\.now/;
const FETCHING_ATTRIBUTES = {
  img: ['src', 'srcset', 'lowsrc'], source: ['src', 'srcset'], iframe: ['src'], frame: ['src'], embed: ['src'],
  object: ['data'], video: ['src', 'poster'], audio: ['src'], track: ['src'], input: ['src'], body: ['background'],
  table: ['background'], td: ['background'], th: ['background'], tr: ['background'],
};

function corpusGitDir(corpora, repo) {
  const dir = join(corpora, repo.replace('/', '+'));
  for (const candidate of [join(dir, 'repo', '.git'), join(dir, 'repo'), join(dir, '.git'), dir]) {
    if (existsSync(join(candidate, 'HEAD'))) return candidate;
  }
  throw new Error(`no clone of ${repo} under ${corpora}`);
}

function readSource(corpora, { repo, commit, path }) {
  let bytes = execFileSync('git', ['-C', corpusGitDir(corpora, repo), 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 });
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  if (path.endsWith('.xz')) bytes = execFileSync('xz', ['-dc'], { input: bytes, maxBuffer: 1 << 30 });
  return bytes;
}

/** The page's text: UTF-8 when it is valid UTF-8 (some corpora re-encoded pages but kept the old meta), else its declared charset. */
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase() ?? 'windows-1252';
    return new TextDecoder(declared.startsWith('gb') ? 'gb18030' : declared).decode(bytes);
  }
}

/** A script element the browser runs (any other type is data: JSON, templates …). */
function runs(script) {
  const type = script.getAttribute('type')?.trim().toLowerCase();
  return !type || /^(module|(text|application)\/(x-)?(java|ecma|j|live)script(1\.\d)?)$/.test(type);
}

/** Whether an inline script goes, by the page's `lean.scripts`. */
function dropsInline(script, mode = 'keep') {
  if (mode === 'keep' || !runs(script)) return false;
  if (mode === 'none') return true;
  if (mode === 'no-clock') return USES_CLOCK.test(script.textContent);
  throw new Error(`unknown lean.scripts "${mode}"`);
}

/** Edits (start, end, replacement) in source offsets that make the page lean. */
function leanEdits(html, scriptsMode) {
  // includeNodeLocations parses as a browser with scripting does (<noscript> content is text).
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const edits = [];
  const removeElement = (element) => {
    const where = dom.nodeLocation(element);
    if (where) edits.push([where.startOffset, where.endOffset, '']);
  };
  const replaceAttribute = (element, name, replacement) => {
    const where = dom.nodeLocation(element)?.attrs?.[name];
    if (where) edits.push([where.startOffset, where.endOffset, replacement]);
  };
  for (const script of document.querySelectorAll('script')) {
    if (script.hasAttribute('src') || dropsInline(script, scriptsMode)) removeElement(script);
  }
  for (const link of document.querySelectorAll('link[rel]')) {
    if (link.rel.toLowerCase().split(/\s+/).some((rel) => FETCHING_RELS.has(rel))) removeElement(link);
  }
  for (const meta of document.querySelectorAll('meta')) {
    const equiv = meta.getAttribute('http-equiv')?.toLowerCase();
    if (equiv === 'refresh') removeElement(meta);
    else if (meta.hasAttribute('charset')) replaceAttribute(meta, 'charset', 'charset="utf-8"');
    else if (equiv === 'content-type') replaceAttribute(meta, 'content', 'content="text/html; charset=utf-8"');
  }
  for (const [tag, names] of Object.entries(FETCHING_ATTRIBUTES)) {
    for (const element of document.getElementsByTagName(tag)) {
      for (const name of names) {
        const value = element.getAttribute(name)?.trim().toLowerCase();
        if (value !== undefined && !value.startsWith('data:')) replaceAttribute(element, name, '');
      }
    }
  }
  return edits;
}

/** Applies edits from the last to the first; an edit inside one already applied (an attribute of a removed element) is dropped. */
function applyEdits(html, edits) {
  let out = html;
  let floor = Infinity;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0] || a[1] - b[1])) {
    if (end > floor) continue;
    out = out.slice(0, start) + replacement + out.slice(end);
    floor = start;
  }
  return out;
}

function fileName(url) {
  const host = new URL(url).hostname;
  return `${host}-${createHash('sha256').update(url).digest('hex').slice(0, 8)}.html.gz`;
}

function main() {
  const at = process.argv.indexOf('--corpora');
  if (at < 0 || !process.argv[at + 1]) throw new Error('usage: node scripts/make-sweep-pages.mjs --corpora DIR');
  const corpora = process.argv[at + 1];
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  for (const page of manifest.pages) {
    const bytes = readSource(corpora, page.source);
    const html = decode(bytes);
    const lean = applyEdits(html, leanEdits(html, page.lean?.scripts));
    const gzipped = gzipSync(Buffer.from(lean, 'utf8'), { level: 9 });
    page.file = fileName(page.url);
    page.bytes = { source: bytes.length, lean: Buffer.byteLength(lean), gzipped: gzipped.length };
    writeFileSync(join(PAGES, page.file), gzipped);
  }
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  const total = (key) => manifest.pages.reduce((sum, page) => sum + page.bytes[key], 0);
  console.log(`${manifest.pages.length} pages (${readdirSync(PAGES).length} files): source ${total('source')} bytes, lean ${total('lean')}, gzipped ${total('gzipped')}`);
}

main();

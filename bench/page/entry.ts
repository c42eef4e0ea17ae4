/**
 * The in-page half of the mark.js comparison. Bundled by bench/run.ts (esbuild, IIFE, in memory)
 * and added to a page that runs without the extension, so both libraries see the same untouched
 * article DOM. Each call times its whole job, setup included, with performance.now():
 *
 * - ours: build the matcher from the alias list, then the annotator's own marking function
 *   (annotateRuns with the mention planner: text runs, find-mentions, mark-runs, PageWriter),
 *   then undo every change.
 * - mark.js: mark the same aliases under the same root, then unmark.
 * - the floor: one TreeWalker and one regular expression over the root's text, no DOM writes.
 *
 * Counting per alias happens outside the timed region (ours keeps the list of mentions it made, as
 * the annotator does; mark.js's per-alias tally needs callbacks, so it is a separate, untimed run).
 */
import Mark from 'mark.js';
import { annotateRuns } from '../../src/annotate/annotate-runs';
import { mentionPlanner, MentionRegistry } from '../../src/annotate/mentions';
import { PageWriter } from '../../src/annotate/page-writer';
import { MENTION_TAG } from '../../src/annotate/mention-element';
import type { AliasTarget } from '../../src/match/alias-index';
import { escapeRegExp } from '../../src/match/escape-regexp';
import { createMentionFinder } from '../../src/match/find-mentions';

export type MarkJsMode = 'keywords' | 'regexp';

export interface RunResult {
  /** Mark (or annotate) and undo, in ms. */
  ms: number;
  markMs: number;
  undoMs: number;
  /** Distinct matches (a match split across elements counts once). */
  count: number;
  /** Matches per alias. */
  byAlias: Record<string, number>;
  /** The root's text and element count were the same after undo as before. */
  restored: boolean;
}


function rootOf(selector: string): Element {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector} in ${location.href}`);
  return root;
}

function snapshot(root: Element): string {
  return `${root.getElementsByTagName('*').length}:${root.textContent}`;
}

function tally(aliases: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const alias of aliases) counts[alias] = (counts[alias] ?? 0) + 1;
  return counts;
}

function ours(targets: AliasTarget[], rootSelector: string): RunResult {
  const root = rootOf(selectorOr(rootSelector));
  const before = snapshot(root);
  const started = performance.now();
  const finder = createMentionFinder(targets);
  const scope = new Set<Element>([root, ...root.querySelectorAll('*')]);
  const writer = new PageWriter(document);
  const registry = new MentionRegistry();
  // The annotator's own marking function and mention planner (src/app/pass.ts), with people only.
  annotateRuns(writer, root, scope, [mentionPlanner(document, finder, (id) => ({ id, category: 'person' as const }), registry)]);
  const marked = performance.now();
  const found = registry.live().map((mention) => mention.target.alias);
  writer.undoAll();
  const undone = performance.now();
  return {
    ms: undone - started,
    markMs: marked - started,
    undoMs: undone - marked,
    count: found.length,
    byAlias: tally(found),
    restored: snapshot(root) === before && root.getElementsByTagName(MENTION_TAG).length === 0,
  };
}

/**
 * mark.js with the options that give it our matching rules as far as it has them: whole phrases
 * (no word splitting), across inline elements, case-sensitive, no diacritics folding, and, in
 * keyword mode, no keyword marked inside another's mark (so "Uszkoreit" is not marked again inside
 * "Jakob Uszkoreit": mark.js tries the longest keyword first, as we do).
 */
function markjsOnce(aliases: readonly string[], root: Element, mode: MarkJsMode, counting: boolean) {
  const pieces: Array<{ term: string; text: string }> = [];
  let term = '';
  const hooks = counting
    ? {
        filter: (_node: Text, matched: string) => {
          term = matched;
          return true;
        },
        each: (element: HTMLElement) => pieces.push({ term, text: element.textContent ?? '' }),
      }
    : {};
  let done = false;
  const started = performance.now();
  const instance = new Mark(root);
  if (mode === 'keywords') {
    instance.mark(aliases, {
      separateWordSearch: false,
      acrossElements: true,
      caseSensitive: true,
      diacritics: false,
      exclude: ['[data-markjs]'],
      ...hooks,
      done: () => (done = true),
    });
  } else {
    const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
    instance.markRegExp(new RegExp(sorted.map(escapeRegExp).join('|'), 'g'), { acrossElements: true, ...hooks, done: () => (done = true) });
  }
  const marked = performance.now();
  instance.unmark();
  const undone = performance.now();
  if (!done) throw new Error('mark.js did not finish synchronously');
  return { started, marked, undone, pieces };
}

/**
 * Distinct matches from mark.js's pieces: in keyword mode `term` is the keyword, and the pieces of
 * one match come one after another with texts that add up to it. In regexp mode `term` is the
 * matched string, so the same rule holds.
 */
function distinctMatches(pieces: ReadonlyArray<{ term: string; text: string }>): string[] {
  const matches: string[] = [];
  let sofar = '';
  let current = '';
  for (const { term, text } of pieces) {
    if (term !== current || !term.startsWith(sofar + text)) sofar = '';
    current = term;
    sofar += text;
    if (sofar === term) {
      matches.push(term);
      sofar = '';
    }
  }
  return matches;
}

function markjs(aliases: string[], rootSelector: string, mode: MarkJsMode): RunResult {
  const root = rootOf(selectorOr(rootSelector));
  const before = snapshot(root);
  const timed = markjsOnce(aliases, root, mode, false);
  const restored = snapshot(root) === before && root.querySelectorAll('[data-markjs]').length === 0;
  // The untimed counting run: the same call with callbacks that record each piece.
  const matches = distinctMatches(markjsOnce(aliases, root, mode, true).pieces);
  return {
    ms: timed.undone - timed.started,
    markMs: timed.marked - timed.started,
    undoMs: timed.undone - timed.marked,
    count: matches.length,
    byAlias: tally(matches),
    restored: restored && root.querySelectorAll('[data-markjs]').length === 0,
  };
}

/**
 * The floor for matching: what finding the aliases in the root's text costs at the least. One
 * TreeWalker over the root's text nodes, their text joined, one regular expression of all the
 * aliases (longest first, as ours and markRegExp build it) run over it; nothing written to the DOM,
 * no word boundaries, no excluded longer words, no mapping back to nodes. Built inside the timed
 * region, as the others build theirs.
 */
function floor(aliases: string[], rootSelector: string): RunResult {
  const root = rootOf(selectorOr(rootSelector));
  const before = snapshot(root);
  const started = performance.now();
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node as Text).data);
  const found: string[] = [];
  for (const match of texts.join('').matchAll(pattern)) found.push(match[0]);
  const ms = performance.now() - started;
  return { ms, markMs: ms, undoMs: 0, count: found.length, byAlias: tally(found), restored: snapshot(root) === before };
}

function selectorOr(selector: string): string {
  return selector || 'body';
}

declare global {
  interface Window {
    __bench: { ours: typeof ours; markjs: typeof markjs; floor: typeof floor };
  }
}

window.__bench = { ours, markjs, floor };

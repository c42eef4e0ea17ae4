/**
 * Section 3: ours against mark.js, and against the floor (one TreeWalker and one regular
 * expression, no DOM writes), on the WeChat article's #js_content in a browser without the
 * extension, with the same list of aliases. Each variant runs in a page of its own, freshly loaded:
 * its first call there is its cold figure, then WARM_REPEATS more calls. A page per variant, since
 * the three that build the same alternation would otherwise find it in V8's regular-expression
 * cache after the first of them, which no reader's page has.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { AliasTarget } from '../../src/match/alias-index';
import type { MarkJsMode, RunResult } from '../page/entry';
import { measured, pick, type PlainBench } from './context';
import type { ComparedVariant, MarkJsVariant, VariantFigures } from './report';
import { DEADLINE_MS } from './waits';

type Variant = 'ours' | 'floor' | MarkJsMode;
const VARIANTS: Variant[] = ['ours', 'floor', 'keywords', 'regexp'];
/** Repeats of each variant in its page after its first (cold) call, for the warm figures. */
const WARM_REPEATS = 3;
const ROOT_SELECTOR = '#js_content';

/** The people's aliases as the annotator looks for them on the Chinese article (compiled in Node). */
async function peopleAliases(): Promise<AliasTarget[]> {
  const { compileGlossary } = await import('../../src/glossary/compile');
  const { readGlossaryFiles } = await import('../../src/glossary/vite-plugin');
  const { buildAliasIndex } = await import('../../src/match/alias-index');
  const { chineseArticleAliases } = await import('../../src/app/profiles/aliases');
  return buildAliasIndex(compileGlossary(readGlossaryFiles()).entries, chineseArticleAliases, new Set(['person']));
}

async function pageScript(benchDir: string): Promise<string> {
  const bundle = await build({
    entryPoints: [join(benchDir, 'page/entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

function call(page: Page, variant: Variant, targets: AliasTarget[], aliases: string[]): Promise<RunResult> {
  if (variant === 'ours') return page.evaluate(([t, root]) => window.__bench.ours(t, root), [targets, ROOT_SELECTOR] as const);
  if (variant === 'floor') return page.evaluate(([a, root]) => window.__bench.floor(a, root), [aliases, ROOT_SELECTOR] as const);
  return page.evaluate(([a, root, mode]) => window.__bench.markjs(a, root, mode), [aliases, ROOT_SELECTOR, variant] as const);
}

function figures(runs: Array<Record<Variant, { cold: RunResult; warm: RunResult[] }>>, variant: Variant): VariantFigures {
  const cold = runs.map((r) => r[variant].cold);
  const warm = runs.flatMap((r) => r[variant].warm);
  const all = [...cold, ...warm];
  return {
    coldMs: pick(cold, (r) => r.ms),
    coldMarkMs: pick(cold, (r) => r.markMs),
    coldUndoMs: pick(cold, (r) => r.undoMs),
    warmMs: pick(warm, (r) => r.ms),
    warmMarkMs: pick(warm, (r) => r.markMs),
    count: cold[0]!.count,
    countsAgreeAcrossRuns: all.every((r) => r.count === cold[0]!.count),
    restored: all.every((r) => r.restored),
    byAlias: cold[0]!.byAlias,
  };
}

/** Where mark.js found a different number of an alias than we did, and the likely reason. */
function countDifferences(targets: AliasTarget[], aliases: string[], ours: VariantFigures, other: VariantFigures) {
  return aliases
    .map((alias) => ({ alias, ours: ours.byAlias[alias] ?? 0, markjs: other.byAlias[alias] ?? 0 }))
    .filter((row) => row.ours !== row.markjs)
    .map((row) => {
      const target = targets.find((t) => t.alias === row.alias)!;
      const why =
        row.ours < row.markjs && target.notInside.length
          ? `ours skips it inside ${target.notInside.join('/')} (the glossary's notInside words)`
          : row.ours < row.markjs && target.latin
            ? 'ours needs word boundaries around Latin aliases; mark.js matches inside words'
            : 'matched differently (overlapping aliases or text across blocks)';
      return { ...row, why };
    });
}

export async function measureComparison(bench: PlainBench, url: string, benchDir: string) {
  bench.log('3. ours against mark.js and the floor on the WeChat article body, in pages without the extension');
  const script = await pageScript(benchDir);
  const targets = await peopleAliases();
  const aliases = [...new Set(targets.map((target) => target.alias))];
  const inFreshPage = async (variant: Variant) => {
    const page = await bench.plain.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: DEADLINE_MS });
      await page.addScriptTag({ content: script });
      const cold = await call(page, variant, targets, aliases);
      const warm: RunResult[] = [];
      for (let repeat = 0; repeat < WARM_REPEATS; repeat++) warm.push(await call(page, variant, targets, aliases));
      return { cold, warm };
    } finally {
      await page.close();
    }
  };
  const comparison = await measured(bench, 'ours / floor / mark.js keywords / mark.js one RegExp', async (run) => {
    const result = {} as Record<Variant, { cold: RunResult; warm: RunResult[] }>;
    // The order rotates per run, so that drift over the run falls on all alike.
    for (let i = 0; i < VARIANTS.length; i++) {
      const variant = VARIANTS[(i + run) % VARIANTS.length]!;
      result[variant] = await inFreshPage(variant);
    }
    return result;
  });
  const ours = figures(comparison.runs, 'ours');
  const markjs = (variant: MarkJsMode): MarkJsVariant => {
    const other = figures(comparison.runs, variant);
    return {
      ...other,
      ratioCold: other.coldMs.median / ours.coldMs.median,
      ratioWarm: other.warmMs.median / ours.warmMs.median,
      markRatioCold: other.coldMarkMs.median / ours.coldMarkMs.median,
      markRatioWarm: other.warmMarkMs.median / ours.warmMarkMs.median,
      differences: countDifferences(targets, aliases, ours, other),
    };
  };
  const floor = figures(comparison.runs, 'floor');
  const againstFloor: ComparedVariant = { ...floor, ratioCold: ours.coldMarkMs.median / floor.coldMs.median, ratioWarm: ours.warmMarkMs.median / floor.warmMs.median };
  return {
    warmup: Object.fromEntries(VARIANTS.map((variant) => [variant, comparison.warmup[variant].cold.ms])),
    root: ROOT_SELECTOR,
    aliases: aliases.length,
    options: {
      floor: "TreeWalker(root, SHOW_TEXT) → texts.join('').matchAll(/alias1|alias2|…/g longest first); no DOM writes",
      keywords: "mark(aliases, { separateWordSearch: false, acrossElements: true, caseSensitive: true, diacritics: false, exclude: ['[data-markjs]'] }) + unmark()",
      regexp: 'markRegExp(/alias1|alias2|…/g longest first, { acrossElements: true }) + unmark()',
    },
    ours,
    floor: againstFloor,
    keywords: markjs('keywords'),
    regexp: markjs('regexp'),
  };
}

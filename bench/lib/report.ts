/** The shape of bench/results.json, and the table printed from it. */
import { fmt, type Stat } from './stats';

export interface ArticleSummary {
  url: string;
  /** Set when the annotator gave up on the page as too large: its size and the limits. */
  tooLarge: { elements: number; characters: number; limits: { elements: number; characters: number } } | null;
  runsTooLarge: number;
  mentions: Stat;
  /** The annotator's own steps (performance.now in the content script); null where it did not annotate. */
  detectMs: Stat | null;
  extractMs: Stat | null;
  matchMs: Stat | null;
  markMs: Stat | null;
  stepsMs: Stat | null;
  /** Trace: the content script's start (EvaluateScript of annotator.js) → first mention in the DOM. */
  wallMs: Stat | null;
  /** Trace: EvaluateScript of annotator.js (compiling and starting the script, up to its first await). */
  scriptEvalMs: Stat;
  /** The same, the thread's CPU time (less than wall when the thread waited for a core). */
  scriptEvalCpuMs: Stat;
  /** Trace: the page's load event → first mention in the DOM. */
  loadToMarkedMs: Stat | null;
  /** Trace: the detector's start → first mention in the DOM (detector, message, injection, annotator). */
  detectorToMarkedMs: Stat | null;
  /** Trace: the task in which the mentions were marked. */
  markingTaskMs: Stat | null;
  /** Trace: the longest task that ran extension code (detector, annotator start, marking task). */
  longestExtensionTaskMs: Stat;
  /** Trace: the longest task of the page until the marks (or the annotator's start), whoever ran it. */
  longestPageTaskMs: Stat;
}

export interface GrowthRow extends ArticleSummary {
  warmup?: unknown;
  factor: number;
  bytes: number;
  articleChars: number;
  extraChars: number;
}

export interface VariantFigures {
  coldMs: Stat;
  coldMarkMs: Stat;
  coldUndoMs: Stat;
  warmMs: Stat;
  count: number;
  countsAgreeAcrossRuns: boolean;
  restored: boolean;
  byAlias: Record<string, number>;
}

export interface CountDifference {
  alias: string;
  ours: number;
  markjs: number;
  why: string;
}

export interface MarkJsVariant extends VariantFigures {
  /** mark.js time / our time: above 1 means we are faster. */
  ratioCold: number;
  ratioWarm: number;
  differences: CountDifference[];
}

export interface Results {
  date: string;
  chromium: string;
  machine: {
    nproc: number;
    loadAverage: { atStart: number[]; atEnd: number[] };
    cpu: string;
    memoryGB: number;
    node: string;
    platform: string;
  };
  runs: number;
  note: string;
  overhead: {
    page: { url: string; bytes: number };
    loadEventMs: { withExtension: Stat; withoutExtension: Stat; withEmptyContentScript: Stat };
    loadRatio: Stat;
    /** The same, for the extension with its every-page script emptied: Chrome's own cost of a content script. */
    emptyContentScriptLoadRatio: Stat;
    extensionMainThreadMs: Stat;
    extensionMainThreadCpuMs: Stat;
    detectorRanAfterLoadMs: Stat | null;
    warmup: unknown;
  };
  article: { wechat: ArticleSummary & { warmup: unknown }; repost: ArticleSummary & { warmup: unknown } };
  markjs: {
    /** The warm-up run's first-call times (ms), not counted. */
    warmup: Record<string, number>;
    root: string;
    aliases: number;
    options: Record<string, string>;
    ours: VariantFigures;
    keywords: MarkJsVariant;
    regexp: MarkJsVariant;
  };
  growth: { rows: GrowthRow[]; msPer100kChars: Array<{ from: number; to: number; msPer100kChars: number }> };
  cards: Record<'firstCardMs' | 'laterCardMs' | 'firstCardTracedMs' | 'laterCardTracedMs', Stat | null>;
  sizes: { detectorGzipBytes: number; chromeZipBytes: number | null; scripts: Array<{ file: string; kind: 'script' | 'data'; bytes: number; gzipBytes: number }> };
  durationSeconds: number;
}

export function printReport(r: Results): void {
  const rows: string[][] = [];
  const section = (title: string) => rows.push([title]);
  /** A line of its own, under the rows, that does not widen the columns. */
  const note = (text: string) => rows.push(['', `    ${text}`]);
  const row = (figure: string, value: string, goal = '', met?: boolean) =>
    rows.push([`  ${figure}`, value, goal, met === undefined ? '' : met ? 'met' : 'NOT MET']);

  const o = r.overhead;
  section(`1. Overhead on a ${(o.page.bytes / 1e6).toFixed(1)} MB Chinese page that is not the article`);
  row('load event, without the extension', fmt(o.loadEventMs.withoutExtension, 0));
  row('load event, with the extension', fmt(o.loadEventMs.withExtension, 0));
  row('ratio with / without (same run)', fmt(o.loadRatio, 3, '×'), '≤ 1.01', o.loadRatio.median <= 1.01);
  row('  for scale: load event, extension with an empty detector.js', fmt(o.loadEventMs.withEmptyContentScript, 0));
  row('  for scale: ratio, empty detector.js / without', fmt(o.emptyContentScriptLoadRatio, 3, '×'));
  row("extension's main-thread time (trace, wall)", fmt(o.extensionMainThreadMs, 2), '< 1 ms', o.extensionMainThreadMs.median < 1);
  row("  the same, the thread's CPU time", fmt(o.extensionMainThreadCpuMs, 2), '< 1 ms', o.extensionMainThreadCpuMs.median < 1);
  if (o.detectorRanAfterLoadMs) row('detector start relative to the load event', fmt(o.detectorRanAfterLoadMs, 1));

  for (const [key, title] of [['wechat', 'WeChat'], ['repost', 'repost (www.xlszx.com)']] as const) {
    const a = r.article[key];
    section(`2. The article, ${title}: ${a.mentions.median} mentions`);
    row('detect (the annotator’s own check)', fmt(a.detectMs));
    row('extract (Readability)', fmt(a.extractMs));
    row('match', fmt(a.matchMs));
    row('mark', fmt(a.markMs));
    row('detect + extract + match + mark', fmt(a.stepsMs), '< 10 ms', (a.stepsMs?.median ?? Infinity) < 10);
    row('content script start → marked (trace, wall)', fmt(a.wallMs), '< 10 ms', (a.wallMs?.median ?? Infinity) < 10);
    row('  of which compiling and starting the script', fmt(a.scriptEvalMs));
    row('    the same, CPU time of the thread', fmt(a.scriptEvalCpuMs));
    row('load event → marked (trace)', fmt(a.loadToMarkedMs));
    row('the marking task: extract + match + mark (trace)', fmt(a.markingTaskMs));
    row('longest task running extension code (trace)', fmt(a.longestExtensionTaskMs), '≤ 50 ms', a.longestExtensionTaskMs.max <= 50);
  }

  const m = r.markjs;
  section(`3. Against mark.js: ${m.root} of the WeChat article, ${m.aliases} aliases of people, page without the extension`);
  row('ours: annotate + undo, first call in a fresh page', fmt(m.ours.coldMs, 2));
  row('ours: annotate + undo, repeated in the page', fmt(m.ours.warmMs, 2));
  row('mark.js mark(aliases) + unmark, first call', fmt(m.keywords.coldMs, 2));
  row('mark.js mark(aliases) + unmark, repeated', fmt(m.keywords.warmMs, 2));
  row('mark.js markRegExp(one RegExp) + unmark, first call', fmt(m.regexp.coldMs, 2));
  row('mark.js markRegExp(one RegExp) + unmark, repeated', fmt(m.regexp.warmMs, 2));
  row('mark(aliases) / ours, first call', `${m.keywords.ratioCold.toFixed(1)}×`, '≥ 20×', m.keywords.ratioCold >= 20);
  row('mark(aliases) / ours, repeated', `${m.keywords.ratioWarm.toFixed(1)}×`, '≥ 20×', m.keywords.ratioWarm >= 20);
  row('markRegExp / ours, first call', `${m.regexp.ratioCold.toFixed(1)}×`, '≥ 20×', m.regexp.ratioCold >= 20);
  row('markRegExp / ours, repeated', `${m.regexp.ratioWarm.toFixed(1)}×`, '≥ 20×', m.regexp.ratioWarm >= 20);
  row(
    'matches: ours / mark(aliases) / markRegExp',
    `${m.ours.count} / ${m.keywords.count} / ${m.regexp.count}`,
    'agree',
    m.ours.count === m.keywords.count && m.ours.count === m.regexp.count,
  );
  for (const [name, variant] of [['mark(aliases)', m.keywords], ['markRegExp', m.regexp]] as const) {
    for (const d of variant.differences) row(`  ${name}, "${d.alias}": ours ${d.ours}, mark.js ${d.markjs}`, d.why);
  }
  if (![m.ours, m.keywords, m.regexp].every((v) => v.restored)) row('WARNING', 'a run did not leave the DOM as it found it');
  if (![m.ours, m.keywords, m.regexp].every((v) => v.countsAgreeAcrossRuns)) row('WARNING', 'a count changed between runs');

  section('4. Growth: the WeChat article + N× its text length of comments (in the comment area)');
  const rowsWithBase = [{ ...r.article.wechat, factor: 0, extraChars: 0, bytes: NaN, articleChars: NaN }, ...r.growth.rows];
  for (const g of rowsWithBase) {
    const size = g.factor === 0 ? 'the article alone, as in 2.' : `+${g.extraChars.toLocaleString('en')} chars, ${(g.bytes / 1e6).toFixed(2)} MB`;
    row(`${g.factor}× (${size})`, g.tooLarge ? 'NOT ANNOTATED: over the annotator’s size limit' : `${g.mentions.median} mentions`);
    if (g.tooLarge) {
      const { elements, characters, limits } = g.tooLarge;
      row('  page size / limits', `${elements.toLocaleString('en')} elements / ${limits.elements.toLocaleString('en')}, ${characters.toLocaleString('en')}${characters > limits.characters ? '+' : ''} chars / ${limits.characters.toLocaleString('en')}`);
      row('  annotator script: compile, detect, size check', fmt(g.scriptEvalMs));
      row('    the same, CPU time of the thread', fmt(g.scriptEvalCpuMs));
    } else {
      row('  detect + extract + match + mark', fmt(g.stepsMs));
      row('  detect / extract / match / mark (medians)', [g.detectMs, g.extractMs, g.matchMs, g.markMs].map((s) => s?.median.toFixed(1) ?? 'n/a').join(' / ') + ' ms');
    }
    row('  longest task running extension code', fmt(g.longestExtensionTaskMs), '≤ 50 ms', g.longestExtensionTaskMs.max <= 50);
    row('  longest task of the page (parsing included)', fmt(g.longestPageTaskMs));
  }
  for (const s of r.growth.msPer100kChars) {
    row(`added cost per 100k chars of comments, 0× → ${s.to}×`, `${s.msPer100kChars.toFixed(1)} ms`, 'linear: about equal');
  }
  if (r.growth.msPer100kChars.some((s) => s.to === 1)) {
    note('(1× adds only a few thousand characters: its figure is mostly run-to-run noise)');
  }

  const c = r.cards;
  const under16 = (s: Stat | null) => (s ? s.median < 16 : false);
  section('5. Card latency (WeChat): hover-intent delay fired → card painted');
  row('first card in a page (annotator: → requestAnimationFrame)', fmt(c.firstCardMs), '< 16 ms', under16(c.firstCardMs));
  row('later cards (annotator: → requestAnimationFrame)', fmt(c.laterCardMs), '< 16 ms', under16(c.laterCardMs));
  row('first card in a page (trace: → frame painted)', fmt(c.firstCardTracedMs), '< 16 ms', under16(c.firstCardTracedMs));
  row('later cards (trace: → frame painted)', fmt(c.laterCardTracedMs), '< 16 ms', under16(c.laterCardTracedMs));

  section('6. Sizes of the built scripts, and the data files they load (gzip -9)');
  for (const s of r.sizes.scripts) {
    row(`${s.file}${s.kind === 'data' ? ' (data)' : ''}`, `${(s.gzipBytes / 1024).toFixed(2)} KB  (${(s.bytes / 1024).toFixed(1)} KB raw)`);
  }
  row('the every-page detector', `${(r.sizes.detectorGzipBytes / 1024).toFixed(2)} KB`, '≤ 5 KB', r.sizes.detectorGzipBytes <= 5 * 1024);
  if (r.sizes.chromeZipBytes !== null) {
    row('the Chrome zip (npx wxt zip)', `${(r.sizes.chromeZipBytes / 1024).toFixed(2)} KB`, '≤ 150 KB', r.sizes.chromeZipBytes <= 150 * 1024);
  }

  const cells = rows.filter((cellsOfRow) => cellsOfRow.length > 2);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((cellsOfRow) => cellsOfRow[i]!.length)));
  console.log(`Benchmark, ${r.date}: ${r.chromium}, ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}`);
  console.log(`Each figure: median (min–max) of ${r.runs} runs after a warm-up (the load events of section 1: ${3 * r.runs}). A benchmark, not a test: it never fails on a time.`);
  console.log(`Load average at the start and the end: ${r.machine.loadAverage.atStart.join(' ')} / ${r.machine.loadAverage.atEnd.join(' ')}`);
  for (const cellsOfRow of rows) {
    if (cellsOfRow.length === 1) console.log(`\n${cellsOfRow[0]}`);
    else if (cellsOfRow.length === 2) console.log(cellsOfRow[1]);
    else console.log(cellsOfRow.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd());
  }
}

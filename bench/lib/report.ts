/** The shape of bench/results.json, and the table printed from it. */
import type { AddedTime } from './added-time';
import { fmt, type Stat } from './stats';

/** A task that ran extension code: its wall and CPU time, what of ours ran in it, and that part's CPU time. */
export interface LongestTask {
  ms: number;
  cpuMs: number;
  /** Our code's share: the whole task when it ran one of our callbacks, else our scripts' runs in it (the detector's evaluation may close the page's own parsing task). */
  oursCpuMs: number;
  label: string;
}

export interface ArticleSummary {
  url: string;
  /** Set when the annotator gave up on the page as too large: its size and the limits. */
  tooLarge: { elements: number; characters: number; limits: { elements: number; characters: number } } | null;
  runsTooLarge: number;
  mentions: Stat;
  /** The annotator's own steps (performance.now in the content script); null where it did not annotate. */
  detectMs: Stat | null;
  /** Locating the article's part of the page, then Readability's verdict on it, in two tasks. */
  extractMs: Stat | null;
  locateMs: Stat | null;
  readabilityMs: Stat | null;
  matchMs: Stat | null;
  markMs: Stat | null;
  /** match + mark, run by run: what the floor row of section 4 is set against. */
  matchMarkMs: Stat | null;
  stepsMs: Stat | null;
  /** Trace: the content script's start (EvaluateScript of annotator.js) → first mention in the DOM. */
  wallMs: Stat | null;
  /** Trace: EvaluateScript of annotator.js (compiling and starting it, up to the annotator's first await). */
  scriptEvalMs: Stat;
  /** The same, the thread's CPU time (less than wall when the thread waited for a core). */
  scriptEvalCpuMs: Stat;
  /** Trace: the page's load event → first mention in the DOM. */
  loadToMarkedMs: Stat | null;
  /** Trace: the detector's start → first mention in the DOM (detector, message, injection, annotator). */
  detectorToMarkedMs: Stat | null;
  /** Trace: the task in which the mentions were marked. */
  markingTaskMs: Stat | null;
  /** Trace: the longest task that ran extension code (detector, annotator start, its callbacks, marking), until the page was quiet. */
  longestExtensionTaskMs: Stat;
  /** The same tasks' CPU time (each run's longest by wall). */
  longestExtensionTaskCpuMs: Stat;
  /** The longest of those tasks in all runs, and what of ours ran in it (a script, or the qx: measures taken in it). */
  longestExtensionTaskOfAll: LongestTask;
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
  /** The whole call: mark (or annotate) and undo; the floor writes nothing, so its whole call is its match. */
  coldMs: Stat;
  /** Up to the marks: match + mark. */
  coldMarkMs: Stat;
  coldUndoMs: Stat;
  warmMs: Stat;
  warmMarkMs: Stat;
  count: number;
  countsAgreeAcrossRuns: boolean;
  restored: boolean;
  byAlias: Record<string, number>;
}

/** The floor, with ours' match + mark over it: above 1 means ours takes that many times the floor. */
export interface ComparedVariant extends VariantFigures {
  ratioCold: number;
  ratioWarm: number;
}

export interface CountDifference {
  alias: string;
  ours: number;
  markjs: number;
  why: string;
}

export interface MarkJsVariant extends VariantFigures {
  /** mark.js mark + unmark / our annotate + undo: above 1 means we are faster. */
  ratioCold: number;
  ratioWarm: number;
  /** mark.js mark / our match + mark. */
  markRatioCold: number;
  markRatioWarm: number;
  differences: CountDifference[];
}

export interface Results {
  date: string;
  chromium: string;
  machine: {
    nproc: number;
    /** Load averages (1, 5, 15 min) when the run started, when each section started, and at the end. */
    loadAverage: { atStart: number[]; atEnd: number[]; bySection: Record<string, number[]> };
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
  addedTime: AddedTime;
  markjs: {
    /** The warm-up run's first-call times (ms), not counted. */
    warmup: Record<string, number>;
    root: string;
    aliases: number;
    options: Record<string, string>;
    ours: VariantFigures;
    floor: ComparedVariant;
    keywords: MarkJsVariant;
    regexp: MarkJsVariant;
  };
  growth: { rows: GrowthRow[]; msPer100kChars: Array<{ from: number; to: number; msPer100kChars: number }> };
  cards: Record<'firstCardMs' | 'laterCardMs' | 'firstCardTracedMs' | 'laterCardTracedMs' | 'cardUiScriptMs' | 'cardUiArrivalMs', Stat | null>;
  sizes: { detectorGzipBytes: number; chromeZipBytes: number | null; scripts: Array<{ file: string; kind: 'script' | 'data'; bytes: number; gzipBytes: number }> };
  durationSeconds: number;
}

/** The figures of the sections that can run alone (`--only`): a whole run has them all. */
export type MeasuredSections = Partial<Pick<Results, 'overhead' | 'article' | 'addedTime' | 'markjs' | 'growth' | 'cards'>>;

/** Results of a run of some sections: the machine and the header always, each section where it ran. */
export type PartialResults = Omit<Results, keyof MeasuredSections | 'sizes'> & MeasuredSections & { sizes?: Results['sizes'] };

/** The table being built: section titles, rows of figure / value / goal / met, and notes. */
class Table {
  readonly rows: string[][] = [];

  constructor(private readonly loadBySection: Record<string, number[]>) {}

  /** A section's title, with the load average when it started. */
  section(key: string, title: string): void {
    const load = this.loadBySection[key];
    this.rows.push([load ? `${title}  [load average ${load.join(' ')}]` : title]);
  }

  /** A line of its own, under the rows, that does not widen the columns. */
  note(text: string): void {
    this.rows.push(['', `    ${text}`]);
  }

  row(figure: string, value: string, goal = '', met?: boolean): void {
    this.rows.push([`  ${figure}`, value, goal, met === undefined ? '' : met ? 'met' : 'NOT MET']);
  }

  print(): void {
    const cells = this.rows.filter((cellsOfRow) => cellsOfRow.length > 2);
    const widths = [0, 1, 2].map((i) => Math.max(...cells.map((cellsOfRow) => cellsOfRow[i]!.length)));
    for (const cellsOfRow of this.rows) {
      if (cellsOfRow.length === 1) console.log(`\n${cellsOfRow[0]}`);
      else if (cellsOfRow.length === 2) console.log(cellsOfRow[1]);
      else console.log(cellsOfRow.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd());
    }
  }
}

const times = (ratio: number) => `${ratio.toFixed(1)}×`;

function printOverhead(t: Table, o: Results['overhead']): void {
  t.section('overhead', `1. Overhead on a ${(o.page.bytes / 1e6).toFixed(1)} MB Chinese page that is not the article`);
  t.row('load event, without the extension', fmt(o.loadEventMs.withoutExtension, 0));
  t.row('load event, with the extension', fmt(o.loadEventMs.withExtension, 0));
  t.row('ratio with / without (same run)', fmt(o.loadRatio, 3, '×'), '≤ 1.01', o.loadRatio.median <= 1.01);
  t.row('  for scale: load event, extension with an empty detector.js', fmt(o.loadEventMs.withEmptyContentScript, 0));
  t.row('  for scale: ratio, empty detector.js / without', fmt(o.emptyContentScriptLoadRatio, 3, '×'));
  t.row("extension's main-thread time (trace, wall)", fmt(o.extensionMainThreadMs, 2), '< 1 ms', o.extensionMainThreadMs.median < 1);
  t.row("  the same, the thread's CPU time", fmt(o.extensionMainThreadCpuMs, 2), '< 1 ms', o.extensionMainThreadCpuMs.median < 1);
  if (o.detectorRanAfterLoadMs) t.row('detector start relative to the load event', fmt(o.detectorRanAfterLoadMs, 1));
}

function printArticle(t: Table, article: Results['article']): void {
  for (const [key, title] of [['wechat', 'WeChat'], ['repost', 'repost (www.xlszx.com)']] as const) {
    const a = article[key];
    t.section(`article-${key}`, `2. The article, ${title}: ${a.mentions.median} mentions`);
    t.row('detect (the annotator’s own check)', fmt(a.detectMs));
    t.row('extract (locate the article’s part of the page, then Readability on it)', fmt(a.extractMs));
    t.row('  locate the part and copy it for Readability', fmt(a.locateMs));
    t.row('  Readability’s verdict (a task of its own)', fmt(a.readabilityMs));
    t.row('match', fmt(a.matchMs));
    t.row('mark', fmt(a.markMs));
    t.row('detect + extract + match + mark', fmt(a.stepsMs), '≤ 10 ms', (a.stepsMs?.median ?? Infinity) <= 10);
    t.row('content script start → marked (trace, wall)', fmt(a.wallMs), '< 10 ms', (a.wallMs?.median ?? Infinity) < 10);
    t.row('  of which compiling and starting annotator.js', fmt(a.scriptEvalMs));
    t.row('    the same, CPU time of the thread', fmt(a.scriptEvalCpuMs));
    t.row('load event → marked (trace)', fmt(a.loadToMarkedMs));
    t.row('the marking task: settings for the pass, match, mark (trace)', fmt(a.markingTaskMs));
    t.row('longest task running extension code, until quiet (trace)', fmt(a.longestExtensionTaskMs), '≤ 50 ms', a.longestExtensionTaskMs.max <= 50);
    printLongestTask(t, a, '  ');
  }
}

function printAddedTime(t: Table, a: AddedTime): void {
  t.section('added', '3. Added main-thread time on the article page (WeChat), with vs without the extension, navigation → quiet');
  t.row('all tasks, without any extension', fmt(a.withoutExtension.allMs));
  t.row('all tasks, with the extension', fmt(a.withExtension.allMs));
  t.row('added main-thread time (median with − median without)', `${a.addedMs.toFixed(1)} ms`, '≤ 40 ms', a.addedMs <= 40);
  t.row('  load by load (with − without, each pair in turn)', fmt(a.pairedAddedMs));
  t.row('  the same tasks, the thread’s CPU time: without / with', `${fmt(a.withoutExtension.allCpuMs)} / ${fmt(a.withExtension.allCpuMs)}`);
  t.row('  added CPU time (median with − median without)', `${a.addedCpuMs.toFixed(1)} ms`, '≤ 40 ms', a.addedCpuMs <= 40);
  t.row('    load by load', fmt(a.pairedAddedCpuMs));
  t.row('script, without any extension', fmt(a.withoutExtension.scriptMs));
  t.row('script, with the extension', fmt(a.withExtension.scriptMs));
  t.row('added script time (median with − median without)', `${a.addedScriptMs.toFixed(1)} ms`);
  t.row('  load by load', fmt(a.pairedAddedScriptMs));
  t.row('navigation → quiet, without / with (medians)', `${a.withoutExtension.windowMs.median.toFixed(0)} / ${a.withExtension.windowMs.median.toFixed(0)} ms`);
  t.row('tasks in that window, without / with (medians)', `${a.withoutExtension.tasks.median} / ${a.withExtension.tasks.median}`);
  t.note('(quiet: 500 ms with no task of 2 ms or more, counted from the end of the load event’s task and, with the');
  t.note(' extension, of the task that finished its first marking pass; every task from navigationStart until then counts)');
}

function printComparison(t: Table, m: Results['markjs'], onPage: ArticleSummary['matchMarkMs'] | undefined): void {
  t.section('markjs', `4. Against the floor and mark.js: ${m.root} of the WeChat article, ${m.aliases} aliases of people, a fresh page per variant, no extension`);
  t.row('floor: one TreeWalker + one RegExp, no DOM writes, first call', fmt(m.floor.coldMs, 2));
  t.row('floor, repeated in the page', fmt(m.floor.warmMs, 2));
  t.row('ours: match + mark (annotate), first call', fmt(m.ours.coldMarkMs, 2));
  t.row('ours: match + mark, repeated', fmt(m.ours.warmMarkMs, 2));
  t.row('ours: annotate + undo, first call', fmt(m.ours.coldMs, 2));
  t.row('ours: annotate + undo, repeated', fmt(m.ours.warmMs, 2));
  t.row('mark.js markRegExp(one RegExp), mark only, first call', fmt(m.regexp.coldMarkMs, 2));
  t.row('mark.js markRegExp(one RegExp), mark only, repeated', fmt(m.regexp.warmMarkMs, 2));
  t.row('mark.js markRegExp + unmark, first call', fmt(m.regexp.coldMs, 2));
  t.row('mark.js markRegExp + unmark, repeated', fmt(m.regexp.warmMs, 2));
  t.row('mark.js mark(aliases) + unmark, first call', fmt(m.keywords.coldMs, 2));
  t.row('mark.js mark(aliases) + unmark, repeated', fmt(m.keywords.warmMs, 2));
  // Without section 2 in this run (--only), there is no figure from the page to set against the floor.
  if (onPage !== undefined) {
    const pageRatio = onPage ? onPage.median / m.floor.coldMs.median : Infinity;
    t.row('match + mark on the page (2., the annotator) / floor, first call', times(pageRatio), '≤ 5×', pageRatio <= 5);
  }
  t.row('match + mark, ours here / floor, first call', times(m.floor.ratioCold), '≤ 5×', m.floor.ratioCold <= 5);
  t.row('match + mark, ours here / floor, repeated', times(m.floor.ratioWarm), '≤ 5×', m.floor.ratioWarm <= 5);
  t.row('markRegExp mark / ours match + mark, first call', times(m.regexp.markRatioCold), '≥ 5×', m.regexp.markRatioCold >= 5);
  t.row('markRegExp mark / ours match + mark, repeated', times(m.regexp.markRatioWarm), '≥ 5×', m.regexp.markRatioWarm >= 5);
  t.row('mark(aliases) + unmark / ours annotate + undo, first call', times(m.keywords.ratioCold), '≥ 20×', m.keywords.ratioCold >= 20);
  t.row('mark(aliases) + unmark / ours annotate + undo, repeated', times(m.keywords.ratioWarm), '≥ 20×', m.keywords.ratioWarm >= 20);
  t.row('  for scale: markRegExp + unmark / ours annotate + undo, first / repeated', `${times(m.regexp.ratioCold)} / ${times(m.regexp.ratioWarm)}`);
  const agree = m.ours.count === m.keywords.count && m.ours.count === m.regexp.count;
  t.row('matches: ours / mark(aliases) / markRegExp', `${m.ours.count} / ${m.keywords.count} / ${m.regexp.count}`, 'agree', agree);
  t.row('  matches of the floor (no word boundaries, no excluded longer words)', `${m.floor.count}`);
  for (const [name, variant] of [['mark(aliases)', m.keywords], ['markRegExp', m.regexp]] as const) {
    for (const d of variant.differences) t.row(`  ${name}, "${d.alias}": ours ${d.ours}, mark.js ${d.markjs}`, d.why);
  }
  const all = [m.ours, m.floor, m.keywords, m.regexp];
  if (!all.every((v) => v.restored)) t.row('WARNING', 'a run did not leave the DOM as it found it');
  if (!all.every((v) => v.countsAgreeAcrossRuns)) t.row('WARNING', 'a count changed between runs');
}

/** Which task was the longest, and how much of its wall time was the thread's CPU (the rest: waiting for a core). */
function printLongestTask(t: Table, a: ArticleSummary, indent: string): void {
  t.row(`${indent}the same tasks, CPU time of the thread`, fmt(a.longestExtensionTaskCpuMs));
  const { ms, cpuMs, oursCpuMs, label } = a.longestExtensionTaskOfAll;
  t.row(`${indent}the longest of all runs: ${label}`, `${ms.toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms, of it our code's ${oursCpuMs.toFixed(1)} ms)`);
}

function printGrowth(t: Table, growth: Results['growth'], base: Results['article']['wechat']): void {
  t.section('growth', '5. Growth: the WeChat article + N× its text length of comments (in the comment area)');
  const rowsWithBase = [{ ...base, factor: 0, extraChars: 0, bytes: NaN, articleChars: NaN }, ...growth.rows];
  for (const g of rowsWithBase) {
    const size = g.factor === 0 ? 'the article alone, as in 2.' : `+${g.extraChars.toLocaleString('en')} chars, ${(g.bytes / 1e6).toFixed(2)} MB`;
    t.row(`${g.factor}× (${size})`, g.tooLarge ? 'NOT ANNOTATED: over the annotator’s size limit' : `${g.mentions.median} mentions`);
    if (g.tooLarge) {
      const { elements, characters, limits } = g.tooLarge;
      t.row('  page size / limits', `${elements.toLocaleString('en')} elements / ${limits.elements.toLocaleString('en')}, ${characters.toLocaleString('en')} chars / ${limits.characters.toLocaleString('en')}`);
      t.row('  annotator script: compile, detect, size check', fmt(g.scriptEvalMs));
      t.row('    the same, CPU time of the thread', fmt(g.scriptEvalCpuMs));
    } else {
      t.row('  detect + extract + match + mark', fmt(g.stepsMs));
      t.row('  detect / extract / match / mark (medians)', [g.detectMs, g.extractMs, g.matchMs, g.markMs].map((s) => s?.median.toFixed(1) ?? 'n/a').join(' / ') + ' ms');
      t.row('  of extract, Readability’s verdict', fmt(g.readabilityMs));
    }
    t.row('  longest task running extension code', fmt(g.longestExtensionTaskMs), '≤ 50 ms', g.longestExtensionTaskMs.max <= 50);
    printLongestTask(t, g, '    ');
    t.row('  longest task of the page (parsing included)', fmt(g.longestPageTaskMs));
  }
  for (const s of growth.msPer100kChars) {
    t.row(`added cost per 100k chars of comments, 0× → ${s.to}×`, `${s.msPer100kChars.toFixed(1)} ms`, 'linear: about equal');
  }
  if (growth.msPer100kChars.some((s) => s.to === 1)) {
    t.note('(1× adds only a few thousand characters: its figure is mostly run-to-run noise)');
  }
}

function printCards(t: Table, c: Results['cards']): void {
  const within = (s: Stat | null) => (s ? s.median <= 16 : false);
  t.section('cards', '6. Card latency (WeChat): hover intent fired → card painted; the first card in a page apart from later ones');
  t.row('first card in a page (trace: → frame painted)', fmt(c.firstCardTracedMs), '≤ 16 ms', within(c.firstCardTracedMs));
  t.row('later cards (trace: → frame painted)', fmt(c.laterCardTracedMs), '≤ 16 ms', within(c.laterCardTracedMs));
  t.row('first card in a page (page: → that frame’s requestAnimationFrame)', fmt(c.firstCardMs), '≤ 16 ms', within(c.firstCardMs));
  t.row('bringing the cards in on the first move: ui-kit.js and card-ui.js compiled and run (trace)', fmt(c.cardUiScriptMs));
  t.row('  first pointer move → card-ui.js has run (the hover waits 300 ms)', fmt(c.cardUiArrivalMs));
  t.row('later cards (page: → that frame’s requestAnimationFrame)', fmt(c.laterCardMs), '≤ 16 ms', within(c.laterCardMs));
}

function printSizes(t: Table, s: Results['sizes']): void {
  t.section('sizes', '7. Sizes of the built scripts, and the data files they load (gzip -9)');
  for (const file of s.scripts) {
    t.row(`${file.file}${file.kind === 'data' ? ' (data)' : ''}`, `${(file.gzipBytes / 1024).toFixed(2)} KB  (${(file.bytes / 1024).toFixed(1)} KB raw)`);
  }
  t.row('the every-page detector', `${(s.detectorGzipBytes / 1024).toFixed(2)} KB`, '≤ 5 KB', s.detectorGzipBytes <= 5 * 1024);
  if (s.chromeZipBytes !== null) {
    t.row('the Chrome zip (npx wxt zip)', `${(s.chromeZipBytes / 1024).toFixed(2)} KB`, '≤ 150 KB', s.chromeZipBytes <= 150 * 1024);
  }
}

/** The header, then each section the run measured, in order. */
export function printReport(r: PartialResults): void {
  const t = new Table(r.machine.loadAverage.bySection);
  if (r.overhead) printOverhead(t, r.overhead);
  if (r.article) printArticle(t, r.article);
  if (r.addedTime) printAddedTime(t, r.addedTime);
  if (r.markjs) printComparison(t, r.markjs, r.article ? r.article.wechat.matchMarkMs : undefined);
  if (r.growth && r.article) printGrowth(t, r.growth, r.article.wechat);
  if (r.cards) printCards(t, r.cards);
  if (r.sizes) printSizes(t, r.sizes);
  const { atStart, atEnd } = r.machine.loadAverage;
  console.log(`Benchmark, ${r.date}: ${r.chromium}, ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}`);
  console.log(`Each figure: median (min–max) of ${r.runs} runs after a warm-up (the load events of section 1: ${3 * r.runs}). A benchmark, not a test: it never fails on a time.`);
  console.log(`Load average (1, 5, 15 min) at the start and the end: ${atStart.join(' ')} / ${atEnd.join(' ')}; each section's at its start, in its title.`);
  t.print();
}

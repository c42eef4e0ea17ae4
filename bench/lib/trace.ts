/**
 * Chromium performance traces over CDP, and what the benchmark reads from them: the extension's own
 * script time on the page's main thread, the page's main-thread tasks, and when the page went quiet.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the event has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string; isOutermostMainFrame?: boolean }; callTime?: number };
}

/**
 * Tasks (toplevel), script and rendering events (devtools.timeline), the microtasks that run
 * promise continuations, where an async function spends its time (v8.execute: RunMicrotasks), and
 * performance.mark()/measure() of the page and of the extension's worlds (blink.user_timing).
 */
const CATEGORIES = 'toplevel,devtools.timeline,v8.execute,blink.user_timing';
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Blink runs the microtasks after a task outside the task's own trace event; they belong to it. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const SAME_TASK_GAP_US = 2000;
/** JavaScript: compiling and running scripts, calls into it (events, timers), promise continuations. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);

/** Starts tracing the browser; the returned function stops and returns the events. */
export async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<boolean>((resolve) => cdp.once('Tracing.tracingComplete', ({ dataLossOccurred }) => resolve(dataLossOccurred)));
    await cdp.send('Tracing.end');
    const lost = await complete;
    await cdp.detach();
    // A trace that lost events may have lost the very ones measured: it proves nothing.
    if (lost) throw new Error(`the trace of ${page.url()} lost events (its buffer overflowed)`);
    return events;
  };
}

export interface Thread {
  pid: number;
  tid: number;
}

const onThread = (event: TraceEvent, thread: Thread) => event.pid === thread.pid && event.tid === thread.tid;
const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/** Complete events, outermost only: an event that lies inside an earlier one is dropped. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let until = -Infinity;
  for (const event of sorted) {
    if (event.ts >= until) {
      kept.push(event);
      until = end(event);
    }
  }
  return kept;
}

/** The first run of a script (EvaluateScript) whose URL starts with `url`: tells the page's main thread. */
export function scriptRun(events: TraceEvent[], url: string): TraceEvent | undefined {
  return events
    .filter((event) => event.ph === 'X' && event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith(url))
    .sort((a, b) => a.ts - b.ts)[0];
}

/**
 * Main-thread time (ms) of every top-level event attributed to a script under `urlPrefix`: wall
 * time, and the thread's CPU time (less than wall when the thread waited for a core).
 */
export function scriptTime(events: TraceEvent[], thread: Thread, urlPrefix: string): { wall: number; cpu: number } {
  const ours = outermost(
    events.filter((event) => event.ph === 'X' && onThread(event, thread) && event.args?.data?.url?.startsWith(urlPrefix) === true),
  );
  return {
    wall: ours.reduce((total, event) => total + (event.dur ?? 0) / 1000, 0),
    cpu: ours.reduce((total, event) => total + (event.tdur ?? event.dur ?? 0) / 1000, 0),
  };
}

/**
 * The thread's top-level tasks, in order. A microtask checkpoint that follows a task at once is
 * counted in that task, as the Long Tasks API counts it; one on its own is a task of its own.
 */
export function tasks(events: TraceEvent[], thread: Thread): TraceEvent[] {
  const slices = outermost(
    events.filter((event) => event.ph === 'X' && onThread(event, thread) && (TASK_NAMES.has(event.name) || event.name === MICROTASKS)),
  );
  const merged: TraceEvent[] = [];
  for (const slice of slices) {
    const previous = merged[merged.length - 1];
    if (previous && slice.name === MICROTASKS && previous.name !== MICROTASKS && slice.ts - end(previous) <= SAME_TASK_GAP_US) {
      merged[merged.length - 1] = { ...previous, dur: end(slice) - previous.ts };
    } else {
      merged.push({ ...slice });
    }
  }
  return merged;
}

/** The task in which an instant (a performance.mark) happened. */
export function taskAt(taskList: TraceEvent[], ts: number): TraceEvent | undefined {
  return taskList.find((task) => task.ts <= ts && ts <= end(task));
}

/** A performance.mark() of the page or of an extension's world, by name: the n-th one (0-based). */
export function userMark(events: TraceEvent[], name: string, n = 0): TraceEvent | undefined {
  return userMarks(events, name)[n];
}

/** Every performance.mark() of that name, in order. */
export function userMarks(events: TraceEvent[], name: string): TraceEvent[] {
  return events.filter((event) => event.name === name && event.cat?.includes('blink.user_timing') && event.ph !== 'e').sort((a, b) => a.ts - b.ts);
}

export function eventNamed(events: TraceEvent[], thread: Thread, name: string, after = -Infinity): TraceEvent | undefined {
  return events
    .filter((event) => event.name === name && onThread(event, thread) && event.ts >= after)
    .sort((a, b) => a.ts - b.ts)[0];
}

/**
 * The page's document in the trace: the main thread that loaded `url`, from its navigationStart
 * mark (the last one for that address), and its load event.
 */
export function documentOf(events: TraceEvent[], url: string): { thread: Thread; navigationStart: number; load: TraceEvent | undefined } {
  const start = userMarks(events, 'navigationStart')
    .filter((event) => event.args?.data?.documentLoaderURL === url)
    .at(-1);
  if (!start) throw new Error(`the trace shows no navigation to ${url}`);
  const thread = { pid: start.pid, tid: start.tid };
  const load = events
    .filter((event) => event.name === 'MarkLoad' && onThread(event, thread) && event.ts >= start.ts && event.args?.data?.isOutermostMainFrame !== false)
    .sort((a, b) => a.ts - b.ts)[0];
  return { thread, navigationStart: start.ts, load };
}

/** The last moment anything was traced: the trace stopped there, whatever the page's thread was doing. */
export function traceEnd(events: TraceEvent[]): number {
  return events.reduce((latest, event) => Math.max(latest, end(event)), -Infinity);
}

/** What "quiet" means: this long with no task of at least `taskUs` on the page's main thread. */
export interface QuietRule {
  quietUs: number;
  taskUs: number;
}

/**
 * When the page went quiet after `after`: the end of the last task of at least `rule.taskUs`
 * (or `after` itself) that is followed by `rule.quietUs` without one. Null when the trace stops
 * before that much quiet has passed.
 */
export function quietPoint(taskList: TraceEvent[], after: number, traceStop: number, rule: QuietRule): number | null {
  let from = after;
  for (const task of taskList) {
    if (end(task) <= from || (task.dur ?? 0) < rule.taskUs) continue;
    if (task.ts - from >= rule.quietUs) return from;
    from = Math.max(from, end(task));
  }
  return traceStop - from >= rule.quietUs ? from : null;
}

/**
 * The main thread's time (ms) in the tasks that start in [from, to): all of it, and the part that
 * ran JavaScript (compiling and running scripts, event and timer callbacks, promise continuations,
 * with any garbage collection they set off), whoever's script it was.
 */
export function mainThreadTime(
  events: TraceEvent[],
  taskList: TraceEvent[],
  thread: Thread,
  from: number,
  to: number,
): { allMs: number; allCpuMs: number; scriptMs: number; tasks: number } {
  const inWindow = taskList.filter((task) => task.ts >= from && task.ts < to);
  // The thread's events between the first of these tasks' start and the last one's end lie in them.
  const first = inWindow[0]?.ts ?? from;
  const last = inWindow.length ? end(inWindow[inWindow.length - 1]!) : from;
  const script = outermost(
    events.filter((event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && onThread(event, thread) && event.ts >= first && event.ts < last),
  );
  return {
    allMs: inWindow.reduce((total, task) => total + (task.dur ?? 0) / 1000, 0),
    // The thread's CPU time: on a busy machine a task's wall time also holds its waits for a core.
    allCpuMs: inWindow.reduce((total, task) => total + (task.tdur ?? task.dur ?? 0) / 1000, 0),
    scriptMs: script.reduce((total, event) => total + (event.dur ?? 0) / 1000, 0),
    tasks: inWindow.length,
  };
}

export const ms = (from: number, to: number) => (to - from) / 1000;
export const durationMs = (event: TraceEvent | undefined) => (event ? (event.dur ?? 0) / 1000 : 0);
export const endOf = end;

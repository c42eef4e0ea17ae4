/**
 * Chromium performance traces over CDP, and what the benchmark reads from them: the extension's own
 * script time on the page's main thread, and the page's main-thread tasks.
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
  args?: { name?: string; data?: { url?: string } };
}

/** Tasks (toplevel), script and rendering events (devtools.timeline), performance.mark() (blink.user_timing). */
const CATEGORIES = 'toplevel,devtools.timeline,blink.user_timing';
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Blink runs the microtasks after a task outside the task's own trace event; they belong to it. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const SAME_TASK_GAP_US = 2000;

/** Starts tracing the browser; the returned function stops and returns the events. */
export async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
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

/** A performance.mark() of the page, by name: the n-th one (0-based). */
export function userMark(events: TraceEvent[], name: string, n = 0): TraceEvent | undefined {
  return events.filter((event) => event.name === name && event.cat?.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts)[n];
}

export function eventNamed(events: TraceEvent[], thread: Thread, name: string, after = -Infinity): TraceEvent | undefined {
  return events
    .filter((event) => event.name === name && onThread(event, thread) && event.ts >= after)
    .sort((a, b) => a.ts - b.ts)[0];
}

export const ms = (from: number, to: number) => (to - from) / 1000;
export const durationMs = (event: TraceEvent | undefined) => (event ? (event.dur ?? 0) / 1000 : 0);
export const endOf = end;

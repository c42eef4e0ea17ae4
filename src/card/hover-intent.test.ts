/**
 * The hover intent on a fake clock: a card opens only after the pointer rests, closes a while
 * after it leaves, and stays while the pointer is on it; the state it reports is what the browser
 * tests wait on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS, HoverIntent, OPEN_DELAY_MS, type HoverState } from './hover-intent';

let opened: string[];
let closes: number;
let states: HoverState[];
let intent: HoverIntent<string>;

beforeEach(() => {
  vi.useFakeTimers();
  opened = [];
  closes = 0;
  states = [];
  intent = new HoverIntent<string>(
    { open: (target) => opened.push(target), close: () => closes++ },
    globalThis,
    (state) => states.push(state),
  );
});
afterEach(() => {
  vi.useRealTimers();
});

describe('opening', () => {
  it('opens after the pointer has rested OPEN_DELAY_MS on a mention, not before', () => {
    intent.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['沙哥']);
  });

  it('opens only the last mention when the pointer crosses several on its way', () => {
    intent.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.enter('凯哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['凯哥']);
  });

  it('opens nothing when the pointer leaves before the delay is over', () => {
    intent.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.leave();
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(opened).toEqual([]);
  });
});

describe('closing', () => {
  it('closes CLOSE_DELAY_MS after the pointer leaves, not before', () => {
    intent.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leave();
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closes).toBe(1);
  });

  it('stay() (the pointer reached the card) cancels a pending close', () => {
    intent.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leave();
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    intent.stay();
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(closes).toBe(0);
  });

  it('stay() does not cancel a pending open', () => {
    intent.enter('沙哥');
    intent.stay();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual(['沙哥']);
  });

  it('cancel() drops whatever is pending', () => {
    intent.enter('沙哥');
    intent.cancel();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leave();
    intent.cancel();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(opened).toEqual([]);
    expect(closes).toBe(0);
  });
});

describe('the state it reports', () => {
  it('reports opening, then idle once the card opened; closing, then idle once it closed', () => {
    expect(intent.pending).toBe('idle');
    intent.enter('沙哥');
    expect(intent.pending).toBe('opening');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(intent.pending).toBe('idle');
    intent.leave();
    expect(intent.pending).toBe('closing');
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(intent.pending).toBe('idle');
    expect(states).toEqual(['opening', 'idle', 'closing', 'idle']);
  });

  it('reports idle when stay() cancels a close, and stays opening through stay() while an open is pending', () => {
    intent.enter('沙哥');
    intent.stay();
    expect(intent.pending).toBe('opening');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.leave();
    intent.stay();
    expect(intent.pending).toBe('idle');
    expect(states).toEqual(['opening', 'idle', 'closing', 'idle']);
  });

  it('is already idle when the action runs, so a card that opens reads a settled state', () => {
    const seen: HoverState[] = [];
    const watched: HoverIntent<string> = new HoverIntent<string>({ open: () => seen.push(watched.pending), close: () => seen.push(watched.pending) });
    watched.enter('沙哥');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    watched.leave();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(seen).toEqual(['idle', 'idle']);
  });
});

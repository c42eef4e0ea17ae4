/** Median, min and max of a set of runs: every figure of the benchmark is one of these. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function stat(values: readonly number[]): Stat {
  if (values.length === 0) throw new Error('no runs to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: [...values] };
}

/** "12.3 ms (10.1–15.0)": median, then min–max. */
export function fmt(value: Stat | null | undefined, digits = 1, unit = 'ms'): string {
  if (!value) return 'n/a';
  const f = (n: number) => n.toFixed(digits);
  return `${f(value.median)}${unit ? ` ${unit}` : ''} (${f(value.min)}–${f(value.max)})`;
}

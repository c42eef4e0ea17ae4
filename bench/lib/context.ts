/** What every section of the benchmark shares: the browsers, the extension's script addresses, the runs. */
import { loadavg } from 'node:os';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import type { PlainBrowser } from './browsers';
import { stat, type Stat } from './stats';

/** What a section that needs no extension shares (section 4 runs in pages without it). */
export interface PlainBench {
  /** Chromium without any extension. */
  plain: PlainBrowser;
  /** Measured runs per figure, after one warm-up run that is not counted. */
  runs: number;
  log(line: string): void;
}

export interface Bench extends PlainBench {
  /** The same Chromium with the built extension. */
  extension: ExtensionBrowser;
  scripts: ExtensionScripts;
}

export interface ExtensionScripts {
  origin: string;
  detector: string;
  annotator: string;
  /** Preact and i18next, run just before the annotator (src/ui-kit/ui-kit.ts): its start counts as the annotator's. */
  uiKit: string;
  /** The cards and the cast, injected on the reader's first move (src/app/card-ui-loader.ts). */
  cardUi: string;
}

export function extensionScripts(extensionId: string): ExtensionScripts {
  const origin = `chrome-extension://${extensionId}/`;
  return { origin, detector: `${origin}detector.js`, annotator: `${origin}annotator.js`, uiKit: `${origin}ui-kit.js`, cardUi: `${origin}card-ui.js` };
}

/** Runs `once(run)` for a warm-up run and `runs` measured runs; returns the measured results. */
export async function measured<T>(bench: PlainBench, label: string, once: (run: number) => Promise<T>, runs = bench.runs): Promise<{ runs: T[]; warmup: T }> {
  const results: T[] = [];
  for (let run = 0; run <= runs; run++) {
    bench.log(`  ${label}: ${run === 0 ? 'warm-up' : `run ${run}/${runs}`}`);
    results.push(await once(run));
  }
  return { warmup: results[0]!, runs: results.slice(1) };
}

export const pick = <T>(runs: T[], value: (run: T) => number): Stat => stat(runs.map(value));

export const pickOptional = <T>(runs: T[], value: (run: T) => number | null): Stat | null => {
  const values = runs.map(value).filter((v): v is number => v !== null);
  return values.length ? stat(values) : null;
};

/** The 1-, 5- and 15-minute load averages, to two decimals: other work on the machine skews every figure. */
export function loadAverage(): number[] {
  return loadavg().map((n) => Math.round(n * 100) / 100);
}

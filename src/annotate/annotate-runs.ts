/**
 * The one marking function, shared by the annotator, the property tests and the benchmark: read the
 * text runs under a root, let each planner say which pieces of each run become elements of ours,
 * then wrap them all through the PageWriter in one go. Planning everything before touching a node
 * keeps every offset valid; planners share one pass over the text, so a citation can end in a
 * passage that also holds a mention.
 */
import { markRuns, type PlannedPiece } from './mark-runs';
import type { PageWriter } from './page-writer';
import { collectTextRuns, type TextRun } from './text-runs';

export interface RunPlanner {
  plan(run: TextRun): PlannedPiece[];
}

/** Pieces in order, without any that would overlap an earlier one (two planners claiming the same text). */
function withoutOverlaps(pieces: PlannedPiece[]): PlannedPiece[] {
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: PlannedPiece[] = [];
  let reachedEnd = 0;
  for (const piece of pieces) {
    // A marker (an empty piece) may sit where another piece ends, never inside one.
    if (piece.start < reachedEnd) continue;
    kept.push(piece);
    reachedEnd = Math.max(reachedEnd, piece.end);
  }
  return kept;
}

/**
 * Marks what the planners find in the runs of `root` that lie in `scope`; returns the runs read.
 * The two halves are timed as performance measures (qx:match, qx:mark) for the benchmark. Runs
 * where no planner finds anything (most of them) are left out before sorting or wrapping.
 */
export function annotateRuns(writer: PageWriter, root: Element, scope: ReadonlySet<Element>, planners: readonly RunPlanner[]): TextRun[] {
  const matchStart = performance.now();
  const runs = collectTextRuns(root, scope);
  const planned: Array<{ run: TextRun; pieces: PlannedPiece[] }> = [];
  for (const run of runs) {
    const found = planners.flatMap((planner) => planner.plan(run));
    if (found.length === 0) continue;
    planned.push({ run, pieces: withoutOverlaps(found) });
  }
  const markStart = performance.now();
  markRuns(writer, planned);
  performance.measure('qx:match', { start: matchStart, end: markStart });
  performance.measure('qx:mark', { start: markStart });
  return runs;
}

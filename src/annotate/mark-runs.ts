/**
 * Turns planned pieces of text runs (offsets into a run's joined text) into wraps of the text
 * nodes they cover, through the PageWriter. All pieces are planned before any node is touched, so
 * offsets stay valid; a piece that spans inline elements becomes one wrap per text node.
 */
import type { PageWriter, WrapPiece } from './page-writer';
import { segmentsOf, type TextRun, type TextSegment } from './text-runs';

export interface PlannedPiece {
  /** Offsets into the run's text. start === end inserts an element there (a marker) holding no text. */
  start: number;
  end: number;
  /** Makes the element for one text node's share of the piece; `part` counts from 0. */
  create(text: string, part: number, segment: TextSegment): HTMLElement;
  /** Called with the elements made for the piece, in order, once all pieces are wrapped. */
  made?(elements: HTMLElement[]): void;
}

/**
 * Wraps every planned piece; returns, for each piece, the elements made for it, in order. A run's
 * pieces are sorted and do not overlap, so their segments come node by node in order: each node is
 * wrapped once its last piece is seen, in plain loops (each callback would be one more function to
 * compile on the one cold call that matters).
 */
export function markRuns(writer: PageWriter, planned: ReadonlyArray<{ run: TextRun; pieces: readonly PlannedPiece[] }>): HTMLElement[][] {
  const results: HTMLElement[][] = [];
  let node: Text | null = null;
  let wraps: WrapPiece[] = [];
  let owners: HTMLElement[][] = [];
  const wrap = () => {
    const elements = node ? writer.wrapText(node, wraps) : [];
    for (let i = 0; i < elements.length; i++) owners[i]!.push(elements[i]!);
    wraps = [];
    owners = [];
  };
  for (const { run, pieces } of planned) {
    for (const piece of pieces) {
      const owner: HTMLElement[] = [];
      results.push(owner);
      const marker = piece.start === piece.end;
      const segments = segmentsOf(run, marker ? piece.end - 1 : piece.start, piece.end);
      for (let part = 0; part < segments.length; part++) {
        const segment = segments[part]!;
        if (segment.node !== node) {
          wrap();
          node = segment.node;
        }
        wraps.push({ start: marker ? segment.end : segment.start, end: segment.end, create: (text) => piece.create(text, part, segment) });
        owners.push(owner);
      }
    }
  }
  wrap();
  return results;
}

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
  /** Receives the elements made for the piece, in order, as they are made. */
  elements?: HTMLElement[];
}

/**
 * Wraps every planned piece, adding the elements made for it to its `elements`. A run's pieces are
 * sorted and do not overlap, so their segments come node by node in order: each node is wrapped
 * once, as soon as the pieces move past it, with no map of nodes and no sort per node (marking runs
 * once, cold, where every extra object and step shows).
 */
export function markRuns(writer: PageWriter, planned: ReadonlyArray<{ run: TextRun; pieces: readonly PlannedPiece[] }>): void {
  let node: Text | null = null;
  let wraps: WrapPiece[] = [];
  let owners: HTMLElement[][] = [];
  const wrap = () => {
    if (node) writer.wrapText(node, wraps).forEach((element, i) => owners[i]!.push(element));
    wraps = [];
    owners = [];
  };
  for (const { run, pieces } of planned) {
    for (const piece of pieces) {
      const owner = piece.elements ?? [];
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
}

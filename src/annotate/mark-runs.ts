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

/** Wraps every planned piece; returns, for each piece, the elements made for it, in order. */
export function markRuns(writer: PageWriter, planned: ReadonlyArray<{ run: TextRun; pieces: readonly PlannedPiece[] }>): HTMLElement[][] {
  const byNode = new Map<Text, Array<WrapPiece & { owner: HTMLElement[] }>>();
  const results: HTMLElement[][] = [];
  for (const { run, pieces } of planned) {
    for (const piece of pieces) {
      const owner: HTMLElement[] = [];
      results.push(owner);
      const segments =
        piece.start === piece.end
          ? segmentsOf(run, piece.end - 1, piece.end).map((segment) => ({ ...segment, start: segment.end }))
          : segmentsOf(run, piece.start, piece.end);
      segments.forEach((segment, part) => {
        const list = byNode.get(segment.node) ?? [];
        list.push({ start: segment.start, end: segment.end, owner, create: (text) => piece.create(text, part, segment) });
        byNode.set(segment.node, list);
      });
    }
  }
  for (const [node, pieces] of byNode) {
    pieces.sort((a, b) => a.start - b.start || a.end - b.end);
    const elements = writer.wrapText(node, pieces);
    pieces.forEach((piece, i) => piece.owner.push(elements[i]!));
  }
  return results;
}

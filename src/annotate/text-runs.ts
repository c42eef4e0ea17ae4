/**
 * Reads the article's text as runs: the text of one block (a paragraph, a heading) joined across
 * its inline elements, so a nickname WeChat splits as <span>沙</span><span>哥</span> is one string.
 * Reads only; page-writer.ts is the one module that writes.
 */

export interface TextRun {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's data starts. */
  starts: number[];
}

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'INS', 'DEL', 'NOBR',
]);

/** Where the extension never writes: code, form fields, editors, and its own elements. */
export const UNTOUCHABLE_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg', 'math',
  'iframe', 'object', '[contenteditable]:not([contenteditable="false"])',
  'qx-mention', 'qx-gloss', 'qx-overlay', 'qx-cite',
].join(',');

function blockOf(node: Node): Node | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName)) element = element.parentElement;
  return element;
}

/**
 * Collects the runs of text whose parent element is in `scope` (the live elements Readability kept),
 * in document order. Text in untouchable places is skipped.
 */
export function collectTextRuns(root: Element, scope: ReadonlySet<Element>): TextRun[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !scope.has(parent) || parent.closest(UNTOUCHABLE_SELECTOR)) {
      continue;
    }
    const block = blockOf(node);
    if (!current || block !== currentBlock) {
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
      runs.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(node);
    current.text += node.data;
  }
  return runs.filter((run) => run.text.trim() !== '');
}

/** The pieces of text nodes that a [start, end) range of a run covers, in order. */
export function segmentsOf(run: TextRun, start: number, end: number): TextSegment[] {
  const segments: TextSegment[] = [];
  run.nodes.forEach((node, index) => {
    const nodeStart = run.starts[index]!;
    const nodeEnd = nodeStart + node.data.length;
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeEnd);
    if (from < to) segments.push({ node, start: from - nodeStart, end: to - nodeStart });
  });
  return segments;
}

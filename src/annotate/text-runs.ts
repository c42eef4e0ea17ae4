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

/** Elements that stand between words without holding text of their own: a run ends at them. */
const BREAKING_EMPTY_TAGS = new Set(['BR', 'HR', 'IMG', 'WBR']);

/**
 * Collects the runs of text whose parent element is in `scope` (the live elements Readability kept),
 * in document order. Text in untouchable places is skipped, and a run ends wherever something was
 * skipped (our own marks, a form field, a script, text outside the scope) or at a line break, so
 * the text on either side of it can never join into a false mention.
 */
export function collectTextRuns(root: Element, scope: ReadonlySet<Element>): TextRun[] {
  if (root.closest(UNTOUCHABLE_SELECTOR)) return [];
  // Elements that lead to the scope: everything else (comments, sidebars) is skipped whole.
  const towardsScope = new Set<Element>();
  for (const element of scope) {
    for (let up = element.parentElement; up && !towardsScope.has(up); up = up.parentElement) towardsScope.add(up);
  }
  let broken = false;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (!scope.has(element) && !towardsScope.has(element)) {
        broken = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (element.matches(UNTOUCHABLE_SELECTOR)) {
        broken = true;
        return NodeFilter.FILTER_REJECT; // and everything inside it
      }
      if (BREAKING_EMPTY_TAGS.has(element.tagName)) broken = true;
      return NodeFilter.FILTER_SKIP;
    },
  });
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !scope.has(parent)) {
      broken = true;
      continue;
    }
    const block = blockOf(node);
    if (!current || block !== currentBlock || broken) {
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
      runs.push(current);
      broken = false;
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

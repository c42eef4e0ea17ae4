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
export const UNTOUCHABLE_SELECTOR =
  'script,style,noscript,template,textarea,input,select,option,svg,math,iframe,object,[contenteditable]:not([contenteditable="false"]),qx-mention,qx-gloss,qx-overlay,qx-cite';

/** `element` or its nearest ancestor that is not an inline element: the block holding its text. */
function blockOf(element: Element | null): Element | null {
  while (element && INLINE_TAGS.has(element.tagName)) element = element.parentElement;
  return element;
}

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, and Node.TEXT_NODE, as the numbers the minifier can inline. */
const SHOW_ELEMENTS_AND_TEXT = 5;
const TEXT_NODE = 3;

/** Elements that stand between words without holding text of their own: a run ends at them. */
const BREAKING_EMPTY_TAGS = new Set(['BR', 'HR', 'IMG', 'WBR']);

/**
 * Collects the runs of text whose parent element is in `scope` (the live elements Readability kept),
 * in document order. Text in untouchable places is skipped, and a run ends wherever something was
 * skipped (our own marks, a form field, a script, text outside the scope) or at a line break, so
 * the text on either side of it can never join into a false mention.
 *
 * The walk has no filter callback (a call into script for every node costs more than the rest of
 * the walk): it skips subtrees itself, and the untouchable elements are looked up once per part of
 * the scope with one selector query instead of being matched one by one. Marking runs once, cold,
 * so each step per node counts: a text node's block is the last block element the walk entered
 * whenever that element holds it (one native call), and is looked up by climbing only after the
 * walk has left a block.
 */
export function collectTextRuns(root: Element, scope: ReadonlySet<Element>): TextRun[] {
  if (root.closest(UNTOUCHABLE_SELECTOR)) return [];
  // Elements that lead to the scope: everything else (comments, sidebars) is skipped whole.
  const towardsScope = new Set<Element>();
  const untouchable = new Set<Element>();
  for (const element of scope) {
    const parent = element.parentElement;
    if (parent && scope.has(parent)) continue; // inside a part of the scope already seen to
    for (let up = parent; up && !towardsScope.has(up); up = up.parentElement) towardsScope.add(up);
    // Only what lies under the root is walked (root itself is not: see the closest() above).
    const within = element.contains(root) ? root : root.contains(element) ? element : null;
    if (!within) continue;
    if (within !== root && within.matches(UNTOUCHABLE_SELECTOR)) untouchable.add(within);
    for (const inner of within.querySelectorAll(UNTOUCHABLE_SELECTOR)) untouchable.add(inner);
  }
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let currentBlock: Element | null = null;
  // The last block element the walk entered (or, before any, the one the root lies in).
  let entered = blockOf(root);
  let broken = false;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== TEXT_NODE) {
      const element = node as Element;
      const skipped = scope.has(element)
        ? untouchable.has(element)
        : !towardsScope.has(element) || element.matches(UNTOUCHABLE_SELECTOR);
      if (skipped) {
        broken = true;
        node = nextOutside(walker, element);
        continue;
      }
      const tag = element.tagName;
      if (BREAKING_EMPTY_TAGS.has(tag)) broken = true;
      if (!INLINE_TAGS.has(tag)) entered = element;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const parent = text.parentElement;
    if (!parent || !scope.has(parent)) {
      broken = true;
      continue;
    }
    const block = entered?.contains(text) ? entered : (entered = blockOf(parent));
    if (!current || block !== currentBlock || broken) {
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
      runs.push(current);
      broken = false;
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  return runs.filter((run) => run.text.trim() !== '');
}

/** The node the walker reaches after everything inside `element`, or null at the end of its root. */
function nextOutside(walker: TreeWalker, element: Element): Node | null {
  walker.currentNode = element;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The pieces of text nodes that a [start, end) range of a run covers, in order. */
export function segmentsOf(run: TextRun, start: number, end: number): TextSegment[] {
  const segments: TextSegment[] = [];
  const { nodes, starts } = run;
  for (let index = 0; index < nodes.length && starts[index]! < end; index++) {
    const node = nodes[index]!;
    const nodeStart = starts[index]!;
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeStart + node.data.length);
    if (from < to) segments.push({ node, start: from - nodeStart, end: to - nodeStart });
  }
  return segments;
}

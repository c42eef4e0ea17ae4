/**
 * The one bounded walk over a page's text, for the detector's sample and the anchoring walk: a
 * TreeWalker over text nodes that stops once a budget of characters or nodes is spent, so a 3 MB
 * page costs no more than a small one. It reads only.
 *
 * It reads what a reader can see: text inside a script (data scripts such as Next.js's
 * __NEXT_DATA__ included), a style sheet, a noscript, a template or a text area is passed over. Real
 * pages put hundreds of kilobytes of those before the article, and an app shell keeps a second copy
 * of the article's text in its data, where nothing may be anchored or marked.
 */
import type { TextBudget } from './reading-budgets';

/**
 * Whether a text node's text is not shown as text. Plain comparisons rather than a Set or a regular
 * expression: this runs on every page the detector looks at. Lower case for SVG's own script and style.
 */
export function isHiddenText(node: Node): boolean {
  const name = node.parentNode?.nodeName;
  return (
    name === 'SCRIPT' ||
    name === 'STYLE' ||
    name === 'NOSCRIPT' ||
    name === 'TEMPLATE' ||
    name === 'TEXTAREA' ||
    name === 'script' ||
    name === 'style'
  );
}

/** Characters past which a text node is more likely code than a paragraph (see isLongHiddenText). */
const LONGER_THAN_A_PARAGRAPH = 1_000;

/**
 * isHiddenText for long text only, for the detector on every page it looks at. Asking for a text
 * node's parent makes the browser create a wrapper for the element, which in a fresh content
 * script costs about 0.8 ms on first use: as much as the rest of the detection. Paragraphs are
 * rarely over a thousand characters and inline scripts and style sheets usually are, so only those
 * pay; a short script read as text takes little of the budget and never holds the article.
 */
export function isLongHiddenText(node: Text): boolean {
  return node.data.length > LONGER_THAN_A_PARAGRAPH && isHiddenText(node);
}

export interface WalkOptions {
  /** Which text is not shown: isHiddenText unless the caller trades exactness for speed. */
  hidden?: (node: Text) => boolean;
  /** More text to pass over, as hidden text is. */
  skip?: (node: Text) => boolean;
}

/**
 * Hands each visible text node under `root`, in document order, to `visit` with its text cut so
 * that no more than `budget.chars` characters are handed in all (one 10 MB text node must not make
 * a sample huge). Stops once the budget is spent or `visit` returns true. Hidden text, and nodes
 * `skip` returns true for, are passed over: they count against the budget's nodes (so a page of a
 * hundred thousand scripts is still a bounded walk) but not its characters. Returns true when the
 * walk ran out of text first: it read everything under `root`.
 */
export function walkText(
  root: Node,
  budget: TextBudget,
  visit: (text: string, node: Text) => boolean | void,
  { hidden = isHiddenText, skip }: WalkOptions = {},
): boolean {
  // 4 is NodeFilter.SHOW_TEXT: the detector never touches NodeFilter, whose first use costs time.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  let chars = 0;
  let nodes = 0;
  // Null only once the walker has run out of text.
  let node: Node | null = root;
  while (chars < budget.chars && nodes < budget.nodes && (node = walker.nextNode())) {
    nodes++;
    if (hidden(node as Text) || skip?.(node as Text)) continue;
    const text = (node as Text).data.slice(0, budget.chars - chars);
    chars += text.length;
    if (visit(text, node as Text)) return false;
  }
  return !node;
}

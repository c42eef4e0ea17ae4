/**
 * The one bounded walk over a page's text, for the detector's sample, the size check and the
 * anchoring walk: a TreeWalker over text nodes that stops once a budget of characters or nodes is
 * spent, so a 3 MB page costs no more than a small one. It reads only.
 */
import type { TextBudget } from './reading-budgets';

/**
 * Hands each text node under `root`, in document order, to `visit` with its text cut so that no
 * more than `budget.chars` characters are handed in all (one 10 MB text node must not make a
 * sample huge). Stops once the budget is spent or `visit` returns true. Nodes `skip` returns true
 * for are passed over and cost nothing. Returns true when the walk ran out of text first: it read
 * everything under `root`.
 */
export function walkText(
  root: Node,
  budget: TextBudget,
  visit: (text: string, node: Text) => boolean | void,
  skip?: (node: Text) => boolean,
): boolean {
  // 4 is NodeFilter.SHOW_TEXT: the detector never touches NodeFilter, whose first use costs time.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  let chars = 0;
  let nodes = 0;
  // Null only once the walker has run out of text.
  let node: Node | null = root;
  while (chars < budget.chars && nodes < budget.nodes && (node = walker.nextNode())) {
    if (skip?.(node as Text)) continue;
    const text = (node as Text).data.slice(0, budget.chars - chars);
    chars += text.length;
    nodes++;
    if (visit(text, node as Text)) return false;
  }
  return !node;
}

/**
 * Reads the start of a page's text for the detector, cheaply: a TreeWalker over text nodes that
 * stops after a fixed number of characters or nodes, so a 3 MB page costs no more than a small one.
 * Script and style text is read too: checking each node's parent would double the cost, and code
 * never contains the article's passages by chance.
 */
export interface TextSample {
  text: string;
  /** True when the walk ran out of text before the budget did: the sample is the whole page's text. */
  wholePage: boolean;
}

export function sampleText(root: Node, budget: { chars: number; nodes: number }): TextSample {
  if (budget.chars <= 0 || budget.nodes <= 0) return { text: '', wholePage: false };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT, without touching NodeFilter */);
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let cut = false;
  let node = walker.nextNode();
  for (; node && length < budget.chars && visited < budget.nodes; node = walker.nextNode()) {
    visited++;
    // One huge text node (a 10 MB comment dump) must not make the sample huge.
    const whole = (node as Text).data;
    const data = whole.slice(0, budget.chars - length);
    cut = data.length < whole.length;
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), wholePage: node === null && !cut };
}

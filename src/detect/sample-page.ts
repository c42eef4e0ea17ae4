/**
 * Reads the start of a page's text for the detector, cheaply: a TreeWalker over text nodes that
 * stops after a fixed number of characters, so a 3 MB page costs no more than a small one.
 */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export function sampleText(root: Node, maxChars: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && SKIPPED_PARENTS.has(parent.nodeName)) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('');
}

/** The element that holds one piece of a mention, as the annotator (and the benchmark) make it. */
import type { Category } from '../glossary/types';

export const MENTION_TAG = 'qx-mention';

export function insideLink(node: Node): boolean {
  return node.parentElement?.closest('a[href]') != null;
}

/**
 * `focusable` is true for the first piece of a mention only, so Tab stops once per mention; inside a
 * link it is false, since the link already is a stop and its click must stay the link's.
 */
export function createMentionElement(
  doc: Document,
  entry: { id: string; category: Category },
  index: number,
  focusable: boolean,
  text: string,
): HTMLElement {
  const element = doc.createElement(MENTION_TAG);
  element.textContent = text;
  element.dataset.qxEntry = entry.id;
  element.dataset.qxCategory = entry.category;
  element.dataset.qxMention = String(index);
  if (focusable) {
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('aria-expanded', 'false');
  }
  return element;
}

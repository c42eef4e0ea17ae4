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

/** Events can come from text nodes, the window or other worlds' wrappers: test the node type, not the class. */
function asElement(target: EventTarget | null): Element | null {
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

/** The mention an event happened on, as its first piece (pieces of a split mention share one card), or null. */
export function mentionAt(doc: Document, target: EventTarget | null): HTMLElement | null {
  const element = asElement(target)?.closest<HTMLElement>(MENTION_TAG);
  if (!element) return null;
  return doc.querySelector<HTMLElement>(`${MENTION_TAG}[data-qx-mention="${element.dataset.qxMention}"][role]`) ?? element;
}

/** Every piece of the mention `first` begins. */
export function piecesOf(doc: Document, first: HTMLElement): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`${MENTION_TAG}[data-qx-mention="${first.dataset.qxMention}"]`)];
}

/** The glossary entry a mention names. */
export function entryIdOf(mention: HTMLElement): string {
  return mention.dataset.qxEntry ?? '';
}

/**
 * The elements the extension puts into the page besides mentions, and the ways it restyles its
 * own elements. Made and changed only here, so src/annotate stays the one place that writes to
 * the page (hypothesis/client's highlighter owns its highlights the same way).
 */
import { MENTION_TAG } from './mention-element';

const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** A citation marker after a passage: [1] on the article, 量子位 on the Wired story. */
export function createCitationMarker(doc: Document, citationId: string, marker: { href: string; text: string; label: string }): HTMLElement {
  const element = doc.createElement('qx-cite');
  element.dataset.qxCitation = citationId;
  const link = doc.createElement('a');
  link.href = marker.href;
  Object.assign(link, EXTERNAL_LINK);
  link.title = marker.label;
  // The accessible name starts with the visible text, so speech users can say what they see.
  link.setAttribute('aria-label', `${marker.text} ${marker.label}`);
  link.textContent = marker.text;
  element.append(link);
  return element;
}

/** A link made of a reference URL the page shows as plain text. */
export function createReferenceLink(doc: Document, url: string, number: number | undefined, text: string): HTMLElement {
  const link = doc.createElement('a');
  link.href = url;
  Object.assign(link, EXTERNAL_LINK);
  link.textContent = text;
  link.dataset.qxReference = String(number ?? '');
  return link;
}

/** The inline gloss written after a mention: " (Noam Shazeer)". */
export function createGloss(doc: Document, text: string, lang: string): HTMLElement {
  const gloss = doc.createElement('qx-gloss');
  gloss.textContent = ` (${text})`;
  gloss.lang = lang;
  return gloss;
}

/** Marks a mention as the one whose card is open (for assistive tech, and for its style). */
export function setMentionExpanded(mention: HTMLElement, expanded: boolean): void {
  mention.setAttribute('aria-expanded', String(expanded));
  mention.toggleAttribute('data-qx-open', expanded);
}

/** Lights a mention's pieces up (jumping to it from the cast), or puts every light out. */
export function setFlash(pieces: Iterable<HTMLElement>, on: boolean): void {
  for (const piece of pieces) piece.toggleAttribute('data-qx-flash', on);
}

export function litMentions(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`${MENTION_TAG}[data-qx-flash]`)];
}

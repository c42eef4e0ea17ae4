/**
 * The copy of the page that Readability reads (Readability mutates what it parses): a new document
 * holding the part of the page with the article, the page's title and metadata, and every element
 * of that part numbered, so that the elements Readability keeps name the live elements they came
 * from. Everything this module writes goes to that detached copy, never to the page, which is why
 * eslint.config.js lets it write (local/no-page-writes).
 */

const INDEX_ATTRIBUTE = 'data-qx-index';

export interface NumberedCopy {
  /** The copy of the region, in a document of its own. */
  copy: Element;
  /**
   * The live elements whose copies are `content` or in it (`content` from Readability's output),
   * and the live parents of the text in it.
   */
  liveElementsIn(content: Element): Set<Element>;
}

/** A numbered copy of `region` (an element of the body, or the body itself). */
export function numberedCopy(doc: Document, region: Element): NumberedCopy {
  const copy = copyRegion(doc, region);
  // A list of the elements as they are now: the page may change before Readability reads the copy.
  const liveElements = [...region.getElementsByTagName('*')];
  const copiedElements = copy.getElementsByTagName('*');
  // Both lists are in document order over identical trees, so position i names the same element;
  // 0 is the region itself.
  copy.setAttribute(INDEX_ATTRIBUTE, '0');
  const count = Math.min(liveElements.length, copiedElements.length);
  for (let i = 0; i < count; i++) copiedElements[i]!.setAttribute(INDEX_ATTRIBUTE, String(i + 1));

  const liveTextOf = pairTextNodes(copy, region);

  const liveElementsIn = (content: Element) => {
    const elements = new Set<Element>();
    for (const element of [content, ...content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`)]) {
      const index = element.getAttribute(INDEX_ATTRIBUTE);
      const live = index === null ? undefined : index === '0' ? region : liveElements[Number(index) - 1];
      if (live) elements.add(live);
    }
    // Readability puts a div's loose text in a new <p> and may then put that <p> in the div's
    // place: no number survives, but the text is still the page's, so its live parent counts.
    for (const text of textNodesIn(content)) {
      const parent = liveTextOf.get(text)?.parentElement;
      if (parent) elements.add(parent);
    }
    return elements;
  };
  return { copy, liveElementsIn };
}

function textNodesIn(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

/** Each text node of the copy, paired with the live one it was copied from (identical trees, document order). */
function pairTextNodes(copy: Element, region: Element): Map<Text, Text> {
  const live = textNodesIn(region);
  const copied = textNodesIn(copy);
  return new Map(copied.map((text, i) => [text, live[i]!] as const).filter(([, liveText]) => liveText !== undefined));
}

/** Takes the numbers out of (a part of) the copy, once they have done their job: the reader view gets clean markup. */
export function removeNumbers(content: Element): void {
  for (const element of content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`)) element.removeAttribute(INDEX_ATTRIBUTE);
  content.removeAttribute(INDEX_ATTRIBUTE);
}

/** Head elements Readability reads the title and metadata from. */
const METADATA_TAGS = new Set(['TITLE', 'META', 'BASE']);

/**
 * A new document holding a copy of `region` as its body's content (or as its body), with the
 * page's title and metadata; returns the copy of the region.
 */
function copyRegion(doc: Document, region: Element): Element {
  // A shallow clone of the document keeps its address, so relative links resolve as on the page.
  const fresh = doc.cloneNode(false) as Document;
  const html = fresh.appendChild(fresh.importNode(doc.documentElement, false));
  const head = html.appendChild(doc.head ? fresh.importNode(doc.head, false) : fresh.createElement('head'));
  for (const element of doc.head?.children ?? []) {
    if (METADATA_TAGS.has(element.tagName)) head.append(fresh.importNode(element, true));
  }
  for (const script of doc.scripts) {
    if (script.type === 'application/ld+json' && !region.contains(script)) head.append(fresh.importNode(script, true));
  }
  if (region === doc.body) return html.appendChild(fresh.importNode(region, true));
  const body = html.appendChild(fresh.importNode(doc.body!, false));
  return body.appendChild(fresh.importNode(region, true));
}

/**
 * How large a page the annotator takes on. Readability reads the whole page in one go (about
 * 60 ms per megabyte of text here), so past these limits the annotator gives up cleanly and says
 * so in the popup, rather than freeze the page.
 */
export const PAGE_LIMITS = { elements: 20_000, characters: 600_000 } as const;

export interface PageSize {
  elements: number;
  characters: number;
}

/** Counts elements, and characters up to just past the limit (no copy of the text is made). */
export function measurePage(doc: Document): PageSize {
  let characters = 0;
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && characters <= PAGE_LIMITS.characters; node = walker.nextNode()) {
      characters += (node as Text).length;
    }
  }
  return { elements: doc.getElementsByTagName('*').length, characters };
}

export function isTooLarge(size: PageSize): boolean {
  return size.elements > PAGE_LIMITS.elements || size.characters > PAGE_LIMITS.characters;
}

/**
 * How much of a page Readability may read. It reads what it is given in one go (about 60 ms per
 * megabyte of text here), so it is never given more than these limits: normally only the part of
 * the page anchor.ts found the article in, which stays small however long the comments below it
 * run; the whole page only when that fails, and then only a page within the limits. Past them the
 * annotator gives up cleanly and says so in the popup, rather than freeze the page.
 */
export const PAGE_LIMITS = { elements: 20_000, characters: 600_000 } as const;

export interface PageSize {
  elements: number;
  characters: number;
}

/** Elements whose text is not shown as text: text-walker.ts's isHiddenText, as a selector. */
const HIDDEN_TEXT = 'script, style, noscript, template, textarea';

/**
 * Characters of text under `root` that a reader can see: all its text, less what scripts, style
 * sheets and the like hold. Two native calls rather than a walk over the text nodes: the walk makes
 * a wrapper for every node it reads, which in a content script took 115 ms for a comment section
 * of 24,000 short ones.
 */
function visibleCharacters(root: Element): number {
  let hidden = 0;
  for (const element of root.querySelectorAll(HIDDEN_TEXT)) hidden += element.textContent?.length ?? 0;
  return (root.textContent?.length ?? 0) - hidden;
}

/** Counts the page's elements and the characters of its body's visible text. */
export function measurePage(doc: Document): PageSize {
  return { elements: doc.getElementsByTagName('*').length, characters: doc.body ? visibleCharacters(doc.body) : 0 };
}

/** Whether one part of a page (the element and everything in it) is past the limits. */
export function isRegionTooLarge(region: Element): boolean {
  // Counting elements is quick; the text is only counted when they are within the limit.
  if (1 + region.getElementsByTagName('*').length > PAGE_LIMITS.elements) return true;
  return visibleCharacters(region) > PAGE_LIMITS.characters;
}

export function isTooLarge(size: PageSize): boolean {
  return size.elements > PAGE_LIMITS.elements || size.characters > PAGE_LIMITS.characters;
}

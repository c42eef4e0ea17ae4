/**
 * How much of a page Readability may read. It reads what it is given in one go (about 60 ms per
 * megabyte of text here), so it is never given more than these limits: normally only the part of
 * the page anchor.ts found the article in, which stays small however long the comments below it
 * run; the whole page only when that fails, and then only a page within the limits. Past them the
 * annotator gives up cleanly and says so in the popup, rather than freeze the page.
 */
import { walkText } from '../detect/text-walker';

export const PAGE_LIMITS = { elements: 20_000, characters: 600_000 } as const;

export interface PageSize {
  elements: number;
  characters: number;
}

/** Characters of text under `root`, counted up to one past the limit. */
function charactersUpToLimit(root: Node): number {
  let characters = 0;
  walkText(root, { chars: PAGE_LIMITS.characters + 1, nodes: Infinity }, (text) => {
    characters += text.length;
  });
  return characters;
}

/** Counts elements, and characters up to just past the limit. */
export function measurePage(doc: Document): PageSize {
  return { elements: doc.getElementsByTagName('*').length, characters: doc.body ? charactersUpToLimit(doc.body) : 0 };
}

/** Whether one part of a page (the element and everything in it) is past the limits. */
export function isRegionTooLarge(region: Element): boolean {
  // Counting elements is quick; the text is only counted when they are within the limit.
  if (1 + region.getElementsByTagName('*').length > PAGE_LIMITS.elements) return true;
  return charactersUpToLimit(region) > PAGE_LIMITS.characters;
}

export function isTooLarge(size: PageSize): boolean {
  return size.elements > PAGE_LIMITS.elements || size.characters > PAGE_LIMITS.characters;
}

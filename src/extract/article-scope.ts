/**
 * Finds which part of the live page is the article body, using Readability on a copy of the
 * rendered page (Readability mutates what it parses, and WeChat only reveals its content once its
 * own script has run, so the live DOM at run time is the truth, not the HTML source).
 *
 * The copy holds only the part of the page that anchor.ts found the article's passages in, with
 * the page's title and metadata, so Readability's cost does not grow with the comments or
 * anything else around the article; Readability still decides what in that part is the body. When
 * the passages cannot be placed, Readability reads the whole page, if the page is within the size
 * limits.
 *
 * Each element of the copy is numbered before parsing (readability-copy.ts); the numbers that
 * survive in Readability's output name the live elements that hold article text. Everything else
 * (navigation, sidebars, "related articles", comments) stays out of scope.
 */
// Readability.js alone: the package's index also bundles isProbablyReaderable, which we never call.
import Readability from '@mozilla/readability/Readability.js';
import { anchorArticle, type ArticleAnchor } from './anchor';
import { isRegionTooLarge, isTooLarge, measurePage } from './page-size';
import { numberedCopy, removeNumbers, type NumberedCopy } from './readability-copy';

export interface ArticleScope {
  /** Live elements whose own text belongs to the article body. */
  elements: Set<Element>;
  title: string;
  byline: string | null;
  /** Readability's cleaned-up copy of the body (detached, from the copy), for the reader view. */
  content: Element;
}

/** The part of the page anchor.ts found the article's passages in, and its copy for Readability. */
export interface LocatedArticle extends ArticleAnchor {
  /** Made when the part was located, before anything of ours was written to the page. */
  copy: NumberedCopy;
}

/**
 * Where the article is: the part of the page holding its passages; or 'nowhere' (Readability then
 * reads the whole page, if it is within the size limits); or 'too-large', a part past the limits,
 * which is too much to read, and so is the page that holds it.
 */
export type ArticleLocation = LocatedArticle | 'nowhere' | 'too-large';

/** The cheap first step: a bounded walk over the page's text for the passages, and a copy of the part that holds them. */
export function locateArticle(doc: Document): ArticleLocation {
  const anchor = doc.body ? anchorArticle(doc) : null;
  if (!anchor) return 'nowhere';
  return isRegionTooLarge(anchor.region) ? 'too-large' : { ...anchor, copy: numberedCopy(doc, anchor.region) };
}

/**
 * The second step: Readability's verdict on the located part, or on the whole page when nothing
 * was located or the verdict left out the passages.
 */
export function readArticleScope(doc: Document, location: ArticleLocation): ArticleScope | null {
  if (!doc.body || location === 'too-large') return null;
  if (location !== 'nowhere') {
    if (!location.region.isConnected) return null; // the page changed meanwhile
    const scope = readCopy(doc, location.copy);
    // Readability has the last word, but if it chose something without the passages, it chose wrong.
    const held = location.passageNodes.filter((node) => node.parentElement && scope?.elements.has(node.parentElement)).length;
    if (scope && held * 2 >= location.passageNodes.length) return scope;
    if (location.region === doc.body) return null;
  }
  if (isTooLarge(measurePage(doc))) return null;
  return readCopy(doc, numberedCopy(doc, doc.body));
}

/** Readability on a numbered copy of a part of the page (or of the whole body). */
function readCopy(doc: Document, { copy, liveElementsIn }: NumberedCopy): ArticleScope | null {
  const article = new Readability<Element>(copy.ownerDocument, {
    // The article is many short paragraphs; the default thresholds are tuned for English essays.
    charThreshold: 300,
    nbTopCandidates: 10,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const content = article?.content;
  if (!content) return null;
  const elements = liveElementsIn(content);
  removeNumbers(content);
  return elements.size > 0
    ? { elements, title: article.title || doc.title, byline: article.byline ?? null, content }
    : null;
}

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
import { anchorArticle } from './anchor';
import { isRegionTooLarge, isTooLarge, measurePage } from './page-size';
import { numberedCopy, removeNumbers } from './readability-copy';

export interface ArticleScope {
  /** Live elements whose own text belongs to the article body. */
  elements: Set<Element>;
  title: string;
  byline: string | null;
  /** Readability's cleaned-up copy of the body (detached, from the copy), for the reader view. */
  content: Element;
}

/**
 * Finds the article's passages, lets the page run (nextTask: on a page with megabytes of comments,
 * the walk and Readability together made one task of 40-55 ms), then has Readability read the part
 * of the page that holds them.
 */
export async function findArticleScope(doc: Document, nextTask: () => Promise<void> = async () => {}): Promise<ArticleScope | null> {
  if (!doc.body) return null;
  const anchor = anchorArticle(doc);
  await nextTask();
  if (!doc.body || (anchor && !anchor.region.isConnected)) return null; // the page changed meanwhile
  if (anchor) {
    // A part of the page past the limits is too much to read, and so is the page that holds it.
    if (isRegionTooLarge(anchor.region)) return null;
    const scope = readArticle(doc, anchor.region);
    // Readability has the last word, but if it chose something without the passages, it chose wrong.
    const held = anchor.passageNodes.filter((node) => node.parentElement && scope?.elements.has(node.parentElement)).length;
    if (scope && held * 2 >= anchor.passageNodes.length) return scope;
    if (anchor.region === doc.body) return null;
  }
  return isTooLarge(measurePage(doc)) ? null : readArticle(doc, doc.body);
}

/** Readability on a copy of `region` (an element of the body, or the body itself). */
function readArticle(doc: Document, region: Element): ArticleScope | null {
  const { copy, liveElementsIn } = numberedCopy(doc, region);
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

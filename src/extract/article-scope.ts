/**
 * Finds which part of the live page is the article body, using Readability on a clone of the
 * rendered document (Readability mutates what it parses, and WeChat only reveals its content once
 * its own script has run, so the live DOM at run time is the truth, not the HTML source).
 *
 * Each element of the clone is numbered before parsing; the numbers that survive in Readability's
 * output name the live elements that hold article text. Everything else (navigation, sidebars,
 * "related articles", comments) stays out of scope.
 */
import { Readability } from '@mozilla/readability';

const INDEX_ATTRIBUTE = 'data-qx-index';

export interface ArticleScope {
  /** Live elements whose own text belongs to the article body. */
  elements: Set<Element>;
  title: string;
  byline: string | null;
  /** Readability's cleaned-up copy of the body (detached, from the clone), for the reader view. */
  content: Element;
}

export function findArticleScope(doc: Document): ArticleScope | null {
  const clone = doc.cloneNode(true) as Document;
  const liveElements = doc.getElementsByTagName('*');
  const cloneElements = clone.getElementsByTagName('*');
  // Both lists are in document order over identical trees, so position i names the same element.
  const count = Math.min(liveElements.length, cloneElements.length);
  for (let i = 0; i < count; i++) cloneElements[i]!.setAttribute(INDEX_ATTRIBUTE, String(i));

  const article = new Readability<Element>(clone, {
    // The article is many short paragraphs; the default thresholds are tuned for English essays.
    charThreshold: 300,
    nbTopCandidates: 10,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const content = article?.content;
  if (!content) return null;

  const elements = new Set<Element>();
  const keep = (element: Element) => {
    const index = element.getAttribute(INDEX_ATTRIBUTE);
    const live = index === null ? undefined : liveElements[Number(index)];
    if (live) elements.add(live);
  };
  keep(content);
  for (const element of content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`)) keep(element);
  // The numbers have done their job; the reader view gets clean markup.
  for (const element of content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`)) element.removeAttribute(INDEX_ATTRIBUTE);
  content.removeAttribute(INDEX_ATTRIBUTE);
  return elements.size > 0
    ? { elements, title: article.title || doc.title, byline: article.byline ?? null, content }
    : null;
}

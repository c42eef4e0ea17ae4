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
 * Each element of the copy is numbered before parsing; the numbers that survive in Readability's
 * output name the live elements that hold article text. Everything else (navigation, sidebars,
 * "related articles", comments) stays out of scope.
 */
// Readability.js alone: the package's index also bundles isProbablyReaderable, which we never call.
import Readability from '@mozilla/readability/Readability.js';
import { anchorArticle } from './anchor';
import { isRegionTooLarge, isTooLarge, measurePage } from './page-size';

const INDEX_ATTRIBUTE = 'data-qx-index';

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
  const copy = copyForReadability(doc, region);
  const liveElements = region.getElementsByTagName('*');
  const copiedElements = copy.getElementsByTagName('*');
  // Both lists are in document order over identical trees, so position i names the same element;
  // 0 is the region itself.
  copy.setAttribute(INDEX_ATTRIBUTE, '0');
  const count = Math.min(liveElements.length, copiedElements.length);
  for (let i = 0; i < count; i++) copiedElements[i]!.setAttribute(INDEX_ATTRIBUTE, String(i + 1));

  const article = new Readability<Element>(copy.ownerDocument, {
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
    const live = index === null ? undefined : index === '0' ? region : liveElements[Number(index) - 1];
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

/** Head elements Readability reads the title and metadata from. */
const METADATA_TAGS = new Set(['TITLE', 'META', 'BASE']);

/**
 * A new document holding a copy of `region` as its body's content (or as its body), with the
 * page's title and metadata; returns the copy of the region.
 */
function copyForReadability(doc: Document, region: Element): Element {
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

/**
 * Finds the part of the live page that holds the article, from the passages the detector knows,
 * so that Readability need only judge that part and not the whole page (whose comments may run
 * to megabytes). Reads only.
 *
 * A bounded walk over the page's text finds the passages; the element that holds them all is the
 * article's body, give or take its lead (the passages start a few paragraphs in) and the wrapper a
 * site puts around it with the title and byline, so it climbs a little to take those in.
 */
import { ANCHOR_BUDGET } from '../detect/reading-budgets';
import { isHiddenText, walkText } from '../detect/text-walker';
import { ARTICLE_LENGTH, clusterOfPassages, countVisibleCharacters, PassageScanner, type PassageHit } from './passages';

/** No bound but the caller's own: for counts that stop themselves once past their limit. */
const UNBOUNDED = { chars: Infinity, nodes: Infinity };

/** The region holds "the article" once it has this share of the article's text. */
const MOST_OF_THE_ARTICLE = 0.9;
/** Climbing for the rest of the article stops at a parent that holds this much more: other things. */
const FAR_MORE_THAN_THE_ARTICLE = 1.5;
/** A site's wrapper (title, byline, credits) adds at most this share of the article's text. */
const WRAPPER_SHARE = 0.1;

export interface ArticleAnchor {
  /** The live element holding the article, for Readability to judge. */
  region: Element;
  /** The text nodes in which the article's passages were found. */
  passageNodes: Text[];
}

/** Pieces of text are scanned in batches of about this many characters: fewer, longer searches. */
const BATCH_CHARS = 2_048;

/**
 * Copies of the article the page does not show (display: none: a reader app's saved copy, a
 * hydration store rendered into a hidden element) are passed over, up to this many: each costs one
 * more walk, and a page rarely holds more than one.
 */
const HIDDEN_COPIES_PASSED_OVER = 2;

export function anchorArticle(doc: Document): ArticleAnchor | null {
  if (!doc.body) return null;
  const unrendered: Element[] = [];
  let first: ArticleAnchor | null = null;
  for (let attempt = 0; attempt <= HIDDEN_COPIES_PASSED_OVER; attempt++) {
    const found = anchorOnce(doc.body, unrendered);
    if (!found) return first;
    const { holder, ...anchor } = found;
    if (isRendered(holder)) return anchor;
    first ??= anchor;
    unrendered.push(holder);
  }
  // Nothing shown holds the article (a page that reveals everything later): the first copy found.
  return first;
}

/** False for an element not rendered at all (display: none on it or above it), where the browser can tell. */
function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** The anchor, and the element holding most of its passages. */
function anchorOnce(body: HTMLElement, unrendered: readonly Element[]): (ArticleAnchor & { holder: Element }) | null {
  const skip = unrendered.length === 0 ? undefined : (node: Text) => unrendered.some((element) => element.contains(node));
  const { hits, nodeAt } = scanForPassages(body, skip);
  const cluster = clusterOfPassages(hits);
  if (cluster.length === 0) return null;
  const holders = cluster.map((hit) => commonAncestor([nodeAt(hit.start), nodeAt(hit.end - 1)]));
  const common = holderOfMost(holders);
  if (!common) return null;
  const passageNodes = cluster.map((hit) => nodeAt(hit.start)).filter((node) => common.contains(node));
  return { region: climbToArticle(common), passageNodes, holder: common };
}

/**
 * The article's passages in the visible text under `body`, read within ANCHOR_BUDGET, and the text
 * node that holds any offset of the text read.
 */
function scanForPassages(body: Element, skip?: (node: Text) => boolean): { hits: PassageHit[]; nodeAt: (offset: number) => Text } {
  const scanner = new PassageScanner();
  const nodes: Text[] = [];
  const starts: number[] = [];
  let batch = '';
  let read = 0;
  const feed = () => {
    scanner.feed(batch);
    batch = '';
    return scanner.done;
  };
  const visit = (text: string, node: Text) => {
    nodes.push(node);
    starts.push(read);
    read += text.length;
    batch += text;
    return batch.length >= BATCH_CHARS && feed();
  };
  walkText(body, ANCHOR_BUDGET, visit, { skip });
  if (batch.length > 0) feed();
  const nodeAt = (offset: number): Text => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return nodes[low]!;
  };
  return { hits: scanner.hits, nodeAt };
}

function commonAncestor(nodes: readonly Node[]): Element | null {
  let common = nodes[0]?.parentElement ?? null;
  for (const node of nodes) while (common && !common.contains(node)) common = common.parentElement;
  return common;
}

/** Of the passages near the article, this many may lie outside it (quoted just below it, say). */
const STRAY_SHARE = 1 / 4;

/**
 * The deepest element holding all but a few of the passages: a passage the copy lacks but a
 * comment right below it quotes must not stretch the region over the whole comment section.
 */
function holderOfMost(holders: ReadonlyArray<Element | null>): Element | null {
  const needed = holders.length - Math.floor(holders.length * STRAY_SHARE);
  const counts = new Map<Element, number>();
  let deepest: Element | null = null;
  let deepestDepth = -1;
  for (const holder of holders) {
    const chain: Element[] = [];
    for (let element = holder; element; element = element.parentElement) chain.push(element);
    for (let i = 0; i < chain.length; i++) {
      const element = chain[i]!;
      const count = (counts.get(element) ?? 0) + 1;
      counts.set(element, count);
      const depth = chain.length - i;
      if (count >= needed && depth > deepestDepth) {
        deepest = element;
        deepestDepth = depth;
      }
    }
  }
  return deepest;
}

/**
 * From the element that holds the passages: up to the one that holds most of the article (its
 * lead may sit apart from the paragraphs with the passages), then up through the site's wrapper
 * until it holds the title (the page's h1), as long as that adds little text (the title, the
 * byline, a credit line) and never a comment section or a sidebar's worth. Each step counts only the text the parent adds, and only as far
 * as the question needs, so a page with megabytes of comments costs no more than a small one.
 */
function climbToArticle(common: Element): Element {
  const body = common.ownerDocument.body;
  const mostOfTheArticle = ARTICLE_LENGTH * MOST_OF_THE_ARTICLE;
  const farMore = ARTICLE_LENGTH * FAR_MORE_THAN_THE_ARTICLE;
  let region = common;
  let held = visibleTextUpTo([region], mostOfTheArticle);
  while (held < mostOfTheArticle && region !== body && region.parentElement) {
    const parentHolds = held + visibleTextBeside(region, farMore - held);
    if (parentHolds > farMore) break;
    region = region.parentElement;
    held = parentHolds;
  }
  // The wrapper is found once the region holds the page's heading, the article's title.
  const allowance = ARTICLE_LENGTH * WRAPPER_SHARE;
  let added = 0;
  while (region !== body && region.parentElement && !holdsHeading(region)) {
    added += visibleTextBeside(region, allowance - added);
    if (added > allowance) break;
    region = region.parentElement;
  }
  return region;
}

function holdsHeading(element: Element): boolean {
  return element.getElementsByTagName('h1').length > 0;
}

/** Visible characters of the text its parent holds besides `element`, counted until past `limit`. */
function visibleTextBeside(element: Element, limit: number): number {
  const siblings = [...element.parentNode!.childNodes].filter((node) => node !== element);
  return visibleTextUpTo(siblings, limit);
}

/** Visible characters of text in `roots`, counted until they pass `limit` (so a huge page costs no more). */
function visibleTextUpTo(roots: readonly Node[], limit: number): number {
  let count = 0;
  const add = (text: string) => (count += countVisibleCharacters(text, limit - count)) > limit;
  for (const root of roots) {
    // The walk hands out the text under a root, never the root itself: a text root is counted here.
    if (root.nodeType === 3) {
      if (!isHiddenText(root)) add((root as Text).data);
    } else {
      walkText(root, UNBOUNDED, add);
    }
    if (count > limit) break;
  }
  return count;
}

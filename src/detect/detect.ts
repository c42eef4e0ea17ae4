/**
 * Decides, from the URL, the title and a sample of the page's text, whether a page is QbitAI's
 * article (in any copy, Simplified or Traditional) or its English source on Wired. Pure: no DOM.
 *
 * This runs on every page, and in a content script each language feature or Web API touched for
 * the first time costs real time, so it sticks to plain string methods: no regular expressions,
 * no URL parsing, no DOM beyond what the caller reads.
 */
import {
  ARTICLE_PASSAGES_SIMPLIFIED,
  ARTICLE_PASSAGES_TRADITIONAL,
  ARTICLE_TITLE_WORDS,
  KNOWN_HOMES,
  WIRED_STORY_HOSTS,
  WIRED_STORY_PATH,
} from './fingerprints';
import { NO_LOOK, SHORT_LOOK, TITLED_LOOK, type TextBudget } from './reading-budgets';

export type ArticleKind = 'qbitai' | 'wired';

export interface PageSample {
  url: string;
  title: string;
  /** The start of the page's text, as much as sampleBudget() allows. */
  text: string;
}

/** Passages a page must contain to be the article: one quoted phrase is a coincidence, three are not. */
export const PASSAGES_REQUIRED = 3;

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) return true;
  }
  return false;
}

/** Host name and path of an http(s) URL, by plain string slicing (see the note at the top). */
function splitUrl(url: string): { hostname: string; path: string } | null {
  const schemeEnd = url.indexOf('://');
  const scheme = url.slice(0, schemeEnd);
  if (scheme !== 'https' && scheme !== 'http') return null;
  const rest = url.slice(schemeEnd + 3);
  const pathStart = rest.indexOf('/');
  const host = pathStart === -1 ? rest : rest.slice(0, pathStart);
  const portStart = host.indexOf(':');
  return { hostname: portStart === -1 ? host : host.slice(0, portStart), path: pathStart === -1 ? '/' : rest.slice(pathStart) };
}

function isWiredStory(url: string): boolean {
  const parts = splitUrl(url);
  if (!parts) return false;
  const next = parts.path.charAt(WIRED_STORY_PATH.length);
  return (
    (WIRED_STORY_HOSTS as readonly string[]).includes(parts.hostname) &&
    parts.path.startsWith(WIRED_STORY_PATH) &&
    (next === '' || next === '/' || next === '?' || next === '#')
  );
}

function hasArticleTitleWords(title: string): boolean {
  return ARTICLE_TITLE_WORDS.some((word) => title.includes(word));
}

/** True on WeChat, qbitai.com and wired.com, where the article and its source are published. */
export function isKnownHome(url: string): boolean {
  const parts = splitUrl(url);
  return parts !== null && (KNOWN_HOMES as readonly string[]).includes(parts.hostname);
}

/**
 * How much text to read, from the URL and title alone. A page with no Chinese in its title cannot
 * be a copy of the article and costs nothing; a Chinese page gets a short look (the article's
 * telltale passages come within its first few thousand characters); a page whose title carries the
 * article's title words gets a long one, since reposts put their own furniture first.
 */
export function sampleBudget(url: string, title: string): TextBudget {
  if (isWiredStory(url)) return NO_LOOK;
  if (hasArticleTitleWords(title)) return TITLED_LOOK;
  if (hasHan(title)) return SHORT_LOOK;
  return NO_LOOK;
}

/**
 * Whether a loaded page is worth the detector's look at all, from what the browser tells the
 * background about a tab: its address and title. Most of the web has no Chinese in its titles and
 * gets no script of ours.
 */
export function worthALook(url: string, title: string): boolean {
  return isWiredStory(url) || sampleBudget(url, title).chars > 0;
}

/**
 * Whether a page still loading is so likely the article (the Wired story's address, or the
 * article's title words) that the detector should run as soon as the document is parsed, as any
 * other page's would only after its load event: marks then appear without waiting for images.
 */
export function worthALookWhileLoading(url: string, title: string): boolean {
  return isWiredStory(url) || hasArticleTitleWords(title);
}

export function countArticlePassages(text: string): number {
  let found = 0;
  for (const passage of ARTICLE_PASSAGES_SIMPLIFIED) if (text.includes(passage)) found++;
  for (const passage of ARTICLE_PASSAGES_TRADITIONAL) if (text.includes(passage)) found++;
  return found;
}

export function detectArticle(page: PageSample): ArticleKind | null {
  if (isWiredStory(page.url)) return 'wired';
  return countArticlePassages(page.text) >= PASSAGES_REQUIRED ? 'qbitai' : null;
}

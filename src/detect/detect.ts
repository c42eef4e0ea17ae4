/**
 * Decides, from the URL, the title and a sample of the page's text, whether a page is QbitAI's
 * article (in any copy, Simplified or Traditional) or its English source on Wired. Pure: no DOM.
 * This is what runs on every page, so it is a handful of substring searches and nothing more.
 */
import {
  ARTICLE_PASSAGES_SIMPLIFIED,
  ARTICLE_PASSAGES_TRADITIONAL,
  ARTICLE_TITLE_WORDS,
  WIRED_STORY_PATH,
} from './fingerprints';

export type ArticleKind = 'qbitai' | 'wired';

export interface PageSample {
  url: string;
  title: string;
  /** The start of the page's visible text; see sampleLength for how much is needed. */
  text: string;
}

/** Passages a page must contain to be the article: one shared heading is a coincidence, three are not. */
export const PASSAGES_REQUIRED = 3;

/** How many characters of text to sample: more when the title already looks like the article's. */
export function sampleLength(title: string): number {
  return ARTICLE_TITLE_WORDS.some((word) => title.includes(word)) ? 400_000 : 60_000;
}

function isWiredStory(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return (hostname === 'www.wired.com' || hostname === 'wired.com') && pathname.startsWith(WIRED_STORY_PATH);
  } catch {
    return false;
  }
}

/** Reposts put spaces between Chinese and Latin words ("谷歌害怕 Siri 抢饭碗"); ignore all whitespace. */
function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

export function countArticlePassages(text: string): number {
  const compact = withoutWhitespace(text);
  let found = 0;
  for (const passage of ARTICLE_PASSAGES_SIMPLIFIED) if (compact.includes(passage)) found++;
  for (const passage of ARTICLE_PASSAGES_TRADITIONAL) if (compact.includes(passage)) found++;
  return found;
}

export function detectArticle(page: PageSample): ArticleKind | null {
  if (isWiredStory(page.url)) return 'wired';
  // Cheap rejection first: a page with no Han character cannot be a copy of the article.
  if (!/[\u4e00-\u9fff]/.test(page.text)) return null;
  return countArticlePassages(page.text) >= PASSAGES_REQUIRED ? 'qbitai' : null;
}

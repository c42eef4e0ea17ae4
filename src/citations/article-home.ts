/**
 * The copy of the Chinese article this reader last opened, kept in local storage only, so that the
 * Wired story can link back to the copy the reader knows (the article has no address that every
 * reader can open: WeChat links are per account, and reposts come and go). With its address go the
 * cited passages as that copy writes them (full-width punctuation, Traditional characters), since
 * a text fragment finds only the words as they stand on the page it opens.
 */
import { storedValue } from '../settings/stored-value';
import { articleUrls } from './citations.json';

const lastArticleUrl = storedValue('lastArticleUrl');
const lastArticlePassages = storedValue('lastArticlePassages');

/** A copy of the article to link back to, and the cited passages as it writes them, by citation id. */
export interface ArticleCopy {
  url: string;
  passages: Readonly<Record<string, string>>;
}

/**
 * Where to link back to when the reader has not opened the article in this browser yet: a search
 * of qbitai.com for the title, a page on which no passage of the article stands, so no fragment.
 */
export const FALLBACK_ARTICLE_COPY: ArticleCopy = { url: articleUrls.qbitai, passages: {} };

function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
}

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

export async function rememberArticleUrl(url: string): Promise<void> {
  if (isWebUrl(url)) await lastArticleUrl.set(withoutFragment(url));
}

/**
 * Keeps, for the copy at `url`, each cited passage as found on it. Passages found in the same task
 * (one marking pass) are written together, in one storage write.
 */
export function passageRecorder(url: string): (citationId: string, words: string) => void {
  const passages: Record<string, string> = {};
  let writing = false;
  return (citationId, words) => {
    if (passages[citationId] === words) return;
    passages[citationId] = words;
    if (writing) return;
    writing = true;
    queueMicrotask(() => {
      writing = false;
      void lastArticlePassages.set({ url: withoutFragment(url), passages: { ...passages } }).catch(() => {});
    });
  };
}

function isPassageRecord(value: unknown): value is ArticleCopy {
  if (value === null || typeof value !== 'object') return false;
  const { url, passages } = value as Partial<ArticleCopy>;
  return (
    isWebUrl(url) &&
    passages !== null &&
    typeof passages === 'object' &&
    Object.values(passages).every((words) => typeof words === 'string' && words.length > 0)
  );
}

/** The copy to link back to: the last one opened, with the passages found on it, or the fallback. */
export async function articleCopyToLinkBack(): Promise<ArticleCopy> {
  try {
    const [url, record] = await Promise.all([lastArticleUrl.get(), lastArticlePassages.get()]);
    if (!isWebUrl(url)) return FALLBACK_ARTICLE_COPY;
    // Passages found on another copy than the last one opened are not on this one.
    return { url, passages: isPassageRecord(record) && record.url === url ? record.passages : {} };
  } catch {
    return FALLBACK_ARTICLE_COPY;
  }
}

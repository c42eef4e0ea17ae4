/**
 * The address of the Chinese article as this reader last opened it, kept in local storage only, so
 * that the Wired story can link back to the copy the reader knows (the article has no address that
 * every reader can open: WeChat links are per account, and reposts come and go).
 */
import { storedValue } from '../settings/stored-value';
import data from './citations.json';

const lastArticleUrl = storedValue('lastArticleUrl');

/** Where to link back to when the reader has not opened the article in this browser yet. */
export const FALLBACK_ARTICLE_URL: string = data.articleUrls.qbitai;

function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
}

export async function rememberArticleUrl(url: string): Promise<void> {
  if (isWebUrl(url)) await lastArticleUrl.set(url.replace(/#.*$/, ''));
}

export async function articleUrlToLinkBack(): Promise<string> {
  try {
    const stored = await lastArticleUrl.get();
    return isWebUrl(stored) ? stored : FALLBACK_ARTICLE_URL;
  } catch {
    return FALLBACK_ARTICLE_URL;
  }
}

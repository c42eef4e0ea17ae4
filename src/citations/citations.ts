/**
 * The article's passage citations (citations.json): where each mapped passage is, and the links
 * that open the source at the exact passage with a URL text fragment, or come back from the Wired
 * story to the Chinese article. Pure string logic.
 */
import { escapeRegExp } from '../match/escape-regexp';
import data from './citations.json';

export type SourceKey = 'wired' | 'youtube' | 'semianalysis';

export interface Fragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

export interface Citation {
  id: string;
  source: SourceKey;
  article: { quote: string };
  fragment: Fragment | null;
  time?: number;
  summary: { en: string; zh: string };
}

export const CITATIONS = data.citations as Citation[];
export const SOURCES = data.sources as Record<SourceKey, { title: string; url: string }>;

/** Numbered as in the article's own reference list: [1] Wired, [2] YouTube, [3] SemiAnalysis. */
export const SOURCE_NUMBERS: Record<SourceKey, number> = { wired: 1, youtube: 2, semianalysis: 3 };

/** Percent-encodes a text directive's term: encodeURIComponent, plus '-', which the syntax reserves. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` */
export function textFragment({ prefix, textStart, textEnd, suffix }: Fragment): string {
  return (
    '#:~:text=' +
    (prefix ? `${encodeFragmentText(prefix)}-,` : '') +
    encodeFragmentText(textStart) +
    (textEnd ? `,${encodeFragmentText(textEnd)}` : '') +
    (suffix ? `,-${encodeFragmentText(suffix)}` : '')
  );
}

/** The source at the cited passage (a video at its moment, where one is known). */
export function sourceLink(citation: Citation): string {
  const url = SOURCES[citation.source].url;
  if (citation.fragment) return url + textFragment(citation.fragment);
  return citation.time === undefined ? url : `${url}&t=${citation.time}s`;
}

/** The Chinese article at the passage a Wired passage is retold in. */
export function articleLink(articleUrl: string, citation: Citation): string {
  return articleUrl.replace(/#.*$/, '') + textFragment({ textStart: citation.article.quote });
}

/** A few words as a pattern that matches as browsers match text fragments: any case, any whitespace. */
function wordsPattern(text: string): RegExp {
  const words = text.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(words.join('\\s+'), 'i');
}

/** Where a Wired passage ends in a run of text: after textEnd if the fragment is a range, else after textStart. */
export function findWiredPassageEnd(text: string, fragment: Fragment): number | null {
  const start = wordsPattern(fragment.textStart).exec(text);
  if (!start) return null;
  const afterStart = start.index + start[0].length;
  if (!fragment.textEnd) return afterStart;
  const end = wordsPattern(fragment.textEnd).exec(text.slice(afterStart));
  return end ? afterStart + end.index + end[0].length : afterStart;
}

/**
 * The article's passage citations (citations.json): where each mapped passage is, and the links
 * that open the source at the exact passage with a URL text fragment, or come back from the Wired
 * story to the Chinese article. Pure string logic.
 */
import { escapeRegExp } from '../match/escape-regexp';
import type { ArticleCopy } from './article-home';
// Named imports: the bundle leaves the file's $schema and version out.
import { citations, sources } from './citations.json';
import { fragmentWords } from './quote-match';

/** Where a cited passage is in a run of text. */
export interface PassageSpan {
  start: number;
  end: number;
}

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

export const CITATIONS = citations as Citation[];
export const SOURCES = sources as Record<SourceKey, { title: string; url: string }>;

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

/**
 * The copy of the Chinese article at the passage a Wired passage is retold in, in the words the
 * copy itself uses; without a fragment where the copy's words for it are not known.
 */
export function articleLink(copy: ArticleCopy, citation: Citation): string {
  const url = copy.url.replace(/#.*$/, '');
  const words = copy.passages[citation.id];
  return words ? url + textFragment({ textStart: fragmentWords(words) }) : url;
}

/** A few words as a pattern that matches as browsers match text fragments: any case, any whitespace. */
function wordsPattern(text: string): RegExp {
  const words = text.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(words.join('\\s+'), 'i');
}

/** Each fragment's patterns, built once: a fragment is looked for in every run of the story's text. */
const fragmentPatterns = new WeakMap<Fragment, [start: RegExp, end: RegExp | null]>();

function patternsOf(fragment: Fragment): [start: RegExp, end: RegExp | null] {
  let patterns = fragmentPatterns.get(fragment);
  if (!patterns) {
    patterns = [wordsPattern(fragment.textStart), fragment.textEnd ? wordsPattern(fragment.textEnd) : null];
    fragmentPatterns.set(fragment, patterns);
  }
  return patterns;
}

/** Where a Wired passage is in a run of text: from textStart to the end of textEnd if the fragment is a range. */
export function findWiredPassage(text: string, fragment: Fragment): PassageSpan | null {
  const [startPattern, endPattern] = patternsOf(fragment);
  const start = startPattern.exec(text);
  if (!start) return null;
  const afterStart = start.index + start[0].length;
  if (!endPattern) return { start: start.index, end: afterStart };
  const end = endPattern.exec(text.slice(afterStart));
  return { start: start.index, end: end ? afterStart + end.index + end[0].length : afterStart };
}

/**
 * Finds the article's quotes in a page's text as real copies write them: WeChat and qbitai.com put
 * full-width punctuation where our copy has half-width (Noam（沙哥）), Traditional reposts change
 * the characters (組局, 圓桌), and editors add spaces between Chinese and Latin words. Both sides
 * are folded to one form, character by character, keeping where each folded character came from,
 * so what is found is the page's own words. Pure string logic.
 */
import { isBlank } from '../match/blank';
import type { PassageSpan } from './citations';
import { simplified, traditional } from './quote-folds.json';

/** Each Traditional character of the quotes → the Simplified one it stands for (all in the BMP). */
const TRADITIONAL = new Map([...traditional].map((char, i) => [char, simplified[i]!]));

export interface FoldedText {
  /** Half-width, Simplified where these quotes need it, without whitespace. */
  text: string;
  /** For each character of `text`, its index in the original. */
  origins: number[];
}

export function foldText(original: string): FoldedText {
  let text = '';
  const origins: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (isBlank(code)) continue;
    // The full-width forms of ASCII (！ to ～) sit at a fixed distance from it.
    const char = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : original[i]!;
    text += TRADITIONAL.get(char) ?? char;
    origins.push(i);
  }
  return { text, origins };
}

/**
 * Each quote folded once (it is looked for in every run of text on the page), with the folded
 * characters that only themselves fold to: not ASCII (it has full-width forms), nor Simplified with
 * Traditional forms. A text holding the quote holds these as they are, and most runs lack one.
 */
const foldedQuotes = new Map<string, [needle: string, literals: string[]]>();

function foldedQuote(quote: string): [needle: string, literals: string[]] {
  let quoteFolded = foldedQuotes.get(quote);
  if (!quoteFolded) {
    const needle = foldText(quote).text;
    foldedQuotes.set(quote, (quoteFolded = [needle, [...needle].filter((char) => char > '~' && !simplified.includes(char))]));
  }
  return quoteFolded;
}

/** The characters every text that findQuote finds `quote` in holds as they are, whatever the copy. */
export function charactersEveryCopyHas(quote: string): readonly string[] {
  return foldedQuote(quote)[1];
}

/** Where `quote` is in `text`, in the text's own offsets, whatever its punctuation width, script and spacing. */
export function findQuote(text: string, quote: string): PassageSpan | null {
  const [needle, literals] = foldedQuote(quote);
  for (const char of literals) if (!text.includes(char)) return null;
  const exact = text.indexOf(quote);
  if (exact !== -1) return { start: exact, end: exact + quote.length };
  const haystack = foldText(text);
  const at = haystack.text.indexOf(needle);
  if (at === -1 || needle.length === 0) return null;
  return { start: haystack.origins[at]!, end: haystack.origins[at + needle.length - 1]! + 1 };
}

/** The words of a passage as a text fragment can ask for them: runs of whitespace made one space. */
export function fragmentWords(passage: string): string {
  return passage.replace(/\s+/g, ' ').trim();
}

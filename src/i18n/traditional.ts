/**
 * Traditional Chinese for the zh-TW interface, converted from the glossary's Simplified texts when
 * first shown: OpenCC's character-by-character cn → tw conversion, with the dictionaries the build
 * cut down to those texts, then the reviewed Taiwan usage (src/glossary/zh-tw-usage.json) the texts
 * need (its character fixes first, everywhere; then its words, except between “ and ”, which quotes
 * the article, so only its characters change); the quotation marks become
 * the corner brackets Taiwan quotes with (「 」, and 『 』 inside them).
 */
import { ConverterBuilder } from 'opencc-js/core';
import type { TraditionalConversion, UsageRule } from '../glossary/types';
import { escapeRegExp } from '../match/escape-regexp';

export type ToTraditional = (simplified: string) => string;

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;

export interface UsageOptions {
  /** Leave text between “ and ” as converted: true for the glossary, whose quotations are the article's words. */
  keepQuotations: boolean;
  /** Told the Traditional words of each rule it applies (the build's check for unused rules). */
  onApply?: (traditional: string) => void;
}

/**
 * Rewrites, in text already converted character by character, the words Taiwan writes otherwise,
 * longest first. A Latin replacement (Google) is spaced from the Chinese beside it, as the texts space
 * Latin words.
 */
export function usageApplier(rules: readonly UsageRule[], { keepQuotations, onApply }: UsageOptions): ToTraditional {
  const taiwanOf = new Map(rules);
  const keys = [...taiwanOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A quotation is matched whole, before any key inside it can be, and given back as it is; $^ matches
  // no text, so that no rules make a valid pattern.
  const pattern = new RegExp([...(keepQuotations ? ['“[^“”]*”'] : []), ...keys, '$^'].join('|'), 'g');
  return (text) =>
    text.replace(pattern, (found: string, at: number) => {
      const taiwan = taiwanOf.get(found);
      if (taiwan === undefined) return found;
      onApply?.(found);
      const space = (neighbour = '', edge: string) => (HAN.test(neighbour) && LATIN.test(edge) ? ' ' : '');
      return space(text[at - 1], taiwan[0]!) + taiwan + space(text[at + found.length], taiwan.at(-1)!);
    });
}

const TAIWAN_MARKS: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** Taiwan's quotation marks for the curly ones; an apostrophe inside a Latin word (OpenAI’s) stays. */
export function taiwanQuotationMarks(text: string): string {
  return text.replace(/[“”‘’]/g, (mark, at: number) =>
    mark === '’' && LATIN.test(text[at - 1] ?? '') && LATIN.test(text[at + 1] ?? '') ? mark : TAIWAN_MARKS[mark]!,
  );
}

/** Builds the converter on its first use, and converts each string once. */
/**
 * The whole zh-TW conversion, given OpenCC's character conversion and the table's rules: its
 * character fixes everywhere, its words outside quotations (where `keepQuotations`), then Taiwan's
 * quotation marks. The shipped converter and the build's reference both are this, so they cannot
 * apply the steps in different orders.
 */
export function taiwanConversion(
  toTw: ToTraditional,
  { fixes, usage }: { fixes: readonly UsageRule[]; usage: readonly UsageRule[] },
  { keepQuotations, onApply }: UsageOptions,
): ToTraditional {
  const applyFixes = usageApplier(fixes, { keepQuotations: false, onApply });
  const applyUsage = usageApplier(usage, { keepQuotations, onApply });
  return (simplified) => taiwanQuotationMarks(applyUsage(applyFixes(toTw(simplified))));
}

/** Rules written as OpenCC writes a dictionary, "traditional taiwan|…" (the first space ends the key). */
function parseRules(written: string): UsageRule[] {
  return written
    .split('|')
    .filter(Boolean)
    .map((rule): UsageRule => [rule.slice(0, rule.indexOf(' ')), rule.slice(rule.indexOf(' ') + 1)]);
}

export function traditionalConverter({ dictionaries, usage, fixes }: TraditionalConversion): ToTraditional {
  let convert: ToTraditional | undefined;
  const converted = new Map<string, string>();
  return (simplified) => {
    let traditional = converted.get(simplified);
    if (traditional === undefined) {
      if (!convert) {
        // A preset that holds only our dictionaries, under the name opencc-js gives cn → tw, so the
        // library applies them with the normalisation and segmentation of its own s2tw.
        // Not inlined by terser: inlined, this call became `(preset, function (options) {…})(…)`, a
        // shape addons.mozilla.org's linter cannot parse and reports as a warning (web-ext lint).
        const toTw = /*#__NOINLINE__*/ ConverterBuilder({ from: { cn: [] }, to: { tw: [] }, configs: { s2tw: dictionaries } })({ from: 'cn', to: 'tw' });
        convert = taiwanConversion(toTw, { fixes: parseRules(fixes), usage: parseRules(usage) }, { keepQuotations: true });
      }
      traditional = convert(simplified);
      converted.set(simplified, traditional);
    }
    return traditional;
  };
}

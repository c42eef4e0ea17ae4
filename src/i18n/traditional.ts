/**
 * Traditional Chinese for the zh-TW interface, converted from the glossary's Simplified texts when
 * first shown: OpenCC's character-by-character cn → tw conversion, with the dictionaries the build
 * cut down to those texts, then the reviewed Taiwan usage (src/glossary/zh-tw-usage.json) the texts
 * need. Text between “ and ” quotes the article, so only its characters change.
 */
import { ConverterBuilder } from 'opencc-js/core';
import type { TraditionalConversion, UsageRule } from '../glossary/types';

export type ToTraditional = (simplified: string) => string;

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;
const QUOTATION = /“[^“”]*”/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  if (rules.length === 0) return (text) => text;
  const taiwanOf = new Map(rules);
  const keys = [...taiwanOf.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  const rewrite = (run: string) =>
    run.replace(pattern, (key: string, at: number) => {
      onApply?.(key);
      const taiwan = taiwanOf.get(key)!;
      const before = HAN.test(run[at - 1] ?? '') && LATIN.test(taiwan[0]!) ? ' ' : '';
      const after = HAN.test(run[at + key.length] ?? '') && LATIN.test(taiwan.at(-1)!) ? ' ' : '';
      return before + taiwan + after;
    });
  if (!keepQuotations) return rewrite;
  return (text) => {
    let result = '';
    let from = 0;
    for (const quotation of text.matchAll(QUOTATION)) {
      result += rewrite(text.slice(from, quotation.index)) + quotation[0];
      from = quotation.index + quotation[0].length;
    }
    return result + rewrite(text.slice(from));
  };
}

/** Builds the converter on its first use, and converts each string once. */
export function traditionalConverter({ dictionaries, usage }: TraditionalConversion): ToTraditional {
  let convert: ToTraditional | undefined;
  const converted = new Map<string, string>();
  return (simplified) => {
    let traditional = converted.get(simplified);
    if (traditional === undefined) {
      if (!convert) {
        // A preset that holds only our dictionaries, under the name opencc-js gives cn → tw, so the
        // library applies them with the normalisation and segmentation of its own s2tw.
        const toTw = ConverterBuilder({ from: { cn: [] }, to: { tw: [] }, configs: { s2tw: dictionaries } })({ from: 'cn', to: 'tw' });
        const applyUsage = usageApplier(usage, { keepQuotations: true });
        convert = (text) => applyUsage(toTw(text));
      }
      traditional = convert(simplified);
      converted.set(simplified, traditional);
    }
    return traditional;
  };
}

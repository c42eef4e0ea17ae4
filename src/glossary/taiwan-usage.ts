/**
 * Build time: the reviewed table of Taiwan usage (zh-tw-usage.json, beside the glossary data, not in
 * it) and the reference conversion for zh-TW, OpenCC's cn → tw then the table, which the shipped,
 * cut-down conversion must reproduce. The interface strings (locales/zh-TW.json) are made the same way.
 */
import * as OpenCC from 'opencc-js';
import table from './zh-tw-usage.json' with { type: 'json' };
import { taiwanConversion, type ToTraditional } from '../i18n/traditional';
import type { UsageRule } from './types';

export interface UsageEntry {
  /** The words as the Simplified texts write them. */
  simplified: string;
  /** What a Taiwanese reader expects instead. */
  taiwan: string;
  /** Why: for the reviewer, never shipped. */
  note: string;
  /** Applies to the interface strings only. */
  interfaceOnly?: boolean;
  /**
   * OpenCC picks the wrong character here (是只是 read as 是隻…): the fix changes no word, only a
   * character, so it applies inside quotations of the article too. Same length as OpenCC's form.
   */
  characterFix?: boolean;
}

/** OpenCC's character-by-character conversion, Taiwan variants (opencc-js's s2tw). */
export const convertCharacters = OpenCC.Converter({ from: 'cn', to: 'tw' });

const ENTRY_KEYS = new Set(['simplified', 'taiwan', 'note', 'interfaceOnly', 'characterFix']);

/** The entries, checked: each has its words and a note, and no key is listed twice. */
export function validateUsageTable(raw: unknown): UsageEntry[] {
  const entries = (raw as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error('zh-tw-usage.json: "entries" must be a list');
  const seen = new Set<string>();
  return entries.map((entry: unknown, index) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const where = `zh-tw-usage.json: entry #${index}${typeof record.simplified === 'string' ? ` ("${record.simplified}")` : ''}`;
    for (const field of ['simplified', 'taiwan', 'note']) {
      if (typeof record[field] !== 'string' || (record[field] as string).trim() === '') throw new Error(`${where}: "${field}" must be a non-empty string`);
    }
    // The shipped rules are written "key value|…", where the first space ends the key.
    if (/\s/.test(record.simplified as string)) throw new Error(`${where}: "simplified" may not hold a space`);
    const unknown = Object.keys(record).filter((key) => !ENTRY_KEYS.has(key));
    if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.join(', ')}`);
    for (const flag of ['interfaceOnly', 'characterFix']) {
      if (record[flag] !== undefined && typeof record[flag] !== 'boolean') throw new Error(`${where}: "${flag}" must be true or false`);
    }
    const checked = record as unknown as UsageEntry;
    if (checked.characterFix && [...convertCharacters(checked.simplified)].length !== [...checked.taiwan].length) {
      throw new Error(`${where}: a character fix must keep the words, changing characters only`);
    }
    if (seen.has(checked.simplified)) throw new Error(`${where}: "${checked.simplified}" is listed twice`);
    seen.add(checked.simplified);
    if (convertCharacters(checked.simplified) === checked.taiwan) throw new Error(`${where}: OpenCC already writes "${checked.taiwan}"`);
    return checked;
  });
}

export const USAGE_TABLE: readonly UsageEntry[] = validateUsageTable(table);

/** Where a text is shown: the glossary's texts quote the article, the interface's do not. */
export type UsageScope = 'glossary' | 'interface';

const ruleOf = (entry: UsageEntry): UsageRule => [convertCharacters(entry.simplified), entry.taiwan];

/** The table's word rules for a scope, keyed by the words as OpenCC's cn → tw writes them. */
export function usageRules(scope: UsageScope, entries: readonly UsageEntry[] = USAGE_TABLE): UsageRule[] {
  return entries.filter((entry) => !entry.characterFix && (scope === 'interface' || !entry.interfaceOnly)).map(ruleOf);
}

/** The table's character fixes, which apply everywhere, quotations included. */
export function characterFixRules(entries: readonly UsageEntry[] = USAGE_TABLE): UsageRule[] {
  return entries.filter((entry) => entry.characterFix).map(ruleOf);
}

/** The reference zh-TW conversion for a scope, with the whole table. */
export function taiwanConverter(scope: UsageScope, onApply?: (traditional: string) => void): ToTraditional {
  return taiwanConversion(convertCharacters, { fixes: characterFixRules(), usage: usageRules(scope) }, { keepQuotations: scope === 'glossary', onApply });
}

/** The word rules and character fixes that change at least one of the texts, for the glossary. */
export function rulesUsedBy(texts: readonly string[]): { usage: UsageRule[]; fixes: UsageRule[] } {
  const used = new Set<string>();
  const convert = taiwanConverter('glossary', (traditional) => used.add(traditional));
  for (const text of texts) convert(text);
  const isUsed = ([traditional]: UsageRule) => used.has(traditional);
  return { usage: usageRules('glossary').filter(isUsed), fixes: characterFixRules().filter(isUsed) };
}

/**
 * Build time: cuts OpenCC's Simplified-to-Traditional (Taiwan characters) dictionaries and the
 * table of Taiwan usage down to what the glossary's texts use, so that the extension converts them
 * itself instead of shipping each text twice. A trie converter can only apply keys that occur in
 * what it reads, so the cut dictionaries convert these texts exactly as the full ones do; the build
 * checks that they do all the same.
 */
import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset';
import { traditionalConverter } from '../i18n/traditional';
import { rulesUsedBy, taiwanConverter } from './taiwan-usage';
import type { TraditionalConversion, TraditionalDictionaries, UsageRule } from './types';

/** A Chinese text of an entry, and where it sits, for messages. */
export interface ChineseText {
  entryId: string;
  /** Where the Simplified text sits in the entry, as "nickname.joke.zh". */
  field: string;
  simplified: string;
}

function isDictionaryList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((dictionary) => typeof dictionary === 'string');
}

/** opencc-js's types leave out parts of its presets: check the shape we rely on. */
function asDictionaries(config: unknown): TraditionalDictionaries {
  const { normalizationChain, segmentation, conversionChain } = (config ?? {}) as Record<string, unknown>;
  const isChain = (chain: unknown) => Array.isArray(chain) && chain.every(isDictionaryList);
  if (!isChain(normalizationChain) || !isDictionaryList(segmentation) || !isChain(conversionChain)) {
    throw new Error('opencc-js’s s2tw preset no longer has the shape the glossary build expects.');
  }
  return { normalizationChain, segmentation, conversionChain } as TraditionalDictionaries;
}

/**
 * OpenCC's complete dictionaries for cn → tw, which opencc-js calls s2tw: characters and Taiwan's
 * variant forms, no phrase table (its cn → twp swaps in computing jargon where the texts mean
 * something else: 引數 for a model's 參數, 迴圈 for a recurrent network).
 */
export const FULL_DICTIONARIES = asDictionaries(configs.s2tw);

/** Every { en, zh } text of an entry, wherever it sits, and its Chinese name, which cards show too. */
export function chineseTextsOf(entry: {
  id: string;
  name?: { zh?: string; native?: string };
  nickname?: { text: string };
  slang?: object;
}): ChineseText[] {
  const texts: ChineseText[] = [];
  if (entry.name?.zh !== undefined) texts.push({ entryId: entry.id, field: 'name.zh', simplified: entry.name.zh });
  // The nickname is the article's word, converted as a quotation (src/i18n/pick-text.ts, articleWords).
  if (entry.nickname) texts.push({ entryId: entry.id, field: 'nickname.text', simplified: `“${entry.nickname.text}”` });
  // So is a slang expression, which its card heads with.
  if (entry.slang && entry.name?.native !== undefined) texts.push({ entryId: entry.id, field: 'name.native', simplified: `“${entry.name.native}”` });
  const visit = (value: unknown, path: string[]) => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.zh === 'string') {
      texts.push({ entryId: entry.id, field: [...path, 'zh'].join('.'), simplified: record.zh });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(entry, []);
  return texts;
}

function trieOf(group: readonly string[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return trie;
}

/** The entries of each dictionary whose key occurs in one of the inputs; empty dictionaries go. */
function keepEntriesFoundIn(group: readonly string[], inputs: readonly string[]): string[] {
  // No key holds a line break, so joining cannot make a key appear across two inputs.
  const haystack = inputs.join('\n');
  return (
    group
      .map((dictionary) => dictionary.split('|').filter((line) => haystack.includes(line.split(' ')[0]!)).join('|'))
      // opencc-js rejects an empty serialised dictionary; leaving it out changes nothing.
      .filter((dictionary) => dictionary !== '')
  );
}

/**
 * The dictionaries cut to `texts`: each stage keeps the entries whose keys occur in what that stage
 * reads, which is the texts for the first and what the stage before wrote for the others.
 */
export function subsetDictionaries(full: TraditionalDictionaries, texts: readonly string[]): TraditionalDictionaries {
  // On these inputs a cut trie converts as the full one does, so the cut one computes each stage's output.
  const normalizationChain: string[][] = [];
  let normalized = [...texts];
  for (const group of full.normalizationChain) {
    const kept = keepEntriesFoundIn(group, normalized);
    normalizationChain.push(kept);
    const trie = trieOf(kept);
    normalized = normalized.map((text) => trie.convert(text));
  }

  const segmentation = keepEntriesFoundIn(full.segmentation, normalized);
  const segmenter = trieOf(segmentation);
  // The conversion stages run over each phrase on its own: a key must occur inside one.
  let phrases = normalized.flatMap((text) => segmenter.segment(text));
  const conversionChain: string[][] = [];
  for (const group of full.conversionChain) {
    const kept = keepEntriesFoundIn(group, phrases);
    conversionChain.push(kept);
    const trie = trieOf(kept);
    phrases = phrases.map((phrase) => trie.convert(phrase));
  }
  return { normalizationChain, segmentation, conversionChain };
}

/**
 * What the glossary's texts need to be converted for zh-TW: cut dictionaries and the usage rules they
 * use. OpenCC splits a text into phrases before converting it; where converting each text whole gives
 * the same result, the segmentation dictionaries stay out of the zip.
 */
export function traditionalConversionFor(texts: readonly string[]): TraditionalConversion {
  const used = rulesUsedBy(texts);
  const written = (rules: readonly UsageRule[]) => rules.map(([traditional, taiwan]) => `${traditional} ${taiwan}`).join('|');
  const [usage, fixes] = [written(used.usage), written(used.fixes)];
  const segmented = { dictionaries: subsetDictionaries(FULL_DICTIONARIES, texts), usage, fixes };
  const whole = { ...segmented, dictionaries: { ...segmented.dictionaries, segmentation: [] } };
  const [convertSegmented, convertWhole] = [traditionalConverter(segmented), traditionalConverter(whole)];
  return texts.every((text) => convertWhole(text) === convertSegmented(text)) ? whole : segmented;
}

/** Where two conversions of a text part, with a little context, so that a message stays short. */
function difference(shipped: string, expected: string): string {
  let at = 0;
  while (at < shipped.length && shipped[at] === expected[at]) at++;
  const excerpt = (text: string) => text.slice(Math.max(0, at - 6), at + 6);
  return `character ${at}: the shipped dictionaries write "${excerpt(shipped)}" where OpenCC and the usage table write "${excerpt(expected)}"`;
}

/**
 * One message for each text that `conversion`, applied as the extension applies it, converts
 * differently from OpenCC's own cn → tw converter with its complete dictionaries followed by the
 * whole usage table.
 */
export function traditionalMismatches(texts: readonly ChineseText[], conversion: TraditionalConversion): string[] {
  const convert = traditionalConverter(conversion);
  const convertFully = taiwanConverter('glossary');
  return texts.flatMap(({ entryId, field, simplified }) => {
    const shipped = convert(simplified);
    const expected = convertFully(simplified);
    return shipped === expected ? [] : [`entry "${entryId}" at ${field}, ${difference(shipped, expected)}`];
  });
}

/**
 * Build-time glossary compiler: validates each file of src/glossary/data/ against the schema, checks
 * what a schema cannot (ids, aliases and article references unique across all files, slang pinyin with
 * tone marks, a reference entry citing the reference itself), adds the Traditional Chinese form
 * of every alias that holds Chinese characters, keeps of each entry's sources only what a card shows,
 * and adds what the zh-TW interface needs to turn the entries' texts into Traditional Chinese (OpenCC
 * dictionaries and Taiwan usage rules). Runs in Node only (vite plugin and tests); the extension gets
 * plain data.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import * as OpenCC from 'opencc-js';
import { ARTICLE_REFERENCES } from '../article/references';
import schema from './glossary.schema.json' with { type: 'json' };
import { traditionalConverter } from '../i18n/traditional';
import { leadLengths } from './lead';
import { chineseTextsOf, traditionalConversionFor, traditionalMismatches } from './traditional-dictionaries';
import type { CompiledEntry, CompiledGlossary, GlossaryDataFile, GlossaryEntry, TraditionalConversion } from './types';

export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

const HAN = /\p{Script=Han}/u;
/** A tone mark over a vowel: pinyin without them tells a learner nothing of how to say the word. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

/** Every Traditional spelling of a Simplified string that differs from it. */
export function traditionalForms(simplified: string): string[] {
  const forms = new Set(toTraditional.map((convert) => convert(simplified)));
  forms.delete(simplified);
  return [...forms];
}

function describeEntry(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `entry "${id}" (#${index})` : `entry #${index}`;
}

export interface GlossaryFile {
  /** File name, for messages. */
  name: string;
  raw: unknown;
}

function validateFile(validate: ValidateFunction, { name, raw }: GlossaryFile): GlossaryEntry[] {
  if (validate(raw)) return (raw as GlossaryDataFile).entries;
  const entries = (raw as { entries?: unknown[] } | null)?.entries ?? [];
  const messages = (validate.errors ?? []).map((error) => {
    const match = /^\/entries\/(\d+)(.*)$/.exec(error.instancePath);
    if (!match) return `${name}${error.instancePath || ' (root)'}: ${error.message}`;
    const index = Number(match[1]);
    const allowed = error.params && 'allowedValues' in error.params ? ` (${String(error.params.allowedValues)})` : '';
    return `${name}: ${describeEntry(entries[index], index)} at ${match[2] || '/'}: ${error.message}${allowed}`;
  });
  throw new GlossaryError(`Invalid glossary:\n  ${messages.join('\n  ')}`);
}

function withoutEmptyLists(aliases: Record<string, string[] | undefined>): CompiledEntry['aliases'] {
  return Object.fromEntries(Object.entries(aliases).filter(([, list]) => list && list.length > 0));
}

/** What a schema cannot say about a slang entry or an entry that is one of the article's own references. */
function entryProblems(entry: GlossaryEntry): string[] {
  const problems: string[] = [];
  const where = `entry "${entry.id}"`;
  if (entry.slang && !TONE_MARK.test(entry.slang.pinyin)) problems.push(`${where}: slang pinyin "${entry.slang.pinyin}" has no tone marks`);
  if (entry.slang && !HAN.test(entry.name.native)) problems.push(`${where}: a slang entry's native name is the Chinese expression, not "${entry.name.native}"`);
  if (entry.articleReference !== undefined) {
    const reference = ARTICLE_REFERENCES.find(({ number }) => number === entry.articleReference);
    if (!entry.sources.some(({ url }) => url === reference?.url)) {
      problems.push(`${where}: articleReference ${entry.articleReference} needs the reference's own address among its sources (${reference?.url})`);
    }
  }
  return problems;
}

/** The first view's share of each entry's part in the story (./lead.ts), in English and as either script writes the Chinese. */
function withLeads(entries: CompiledEntry[], traditional: TraditionalConversion): CompiledEntry[] {
  const toTaiwan = traditionalConverter(traditional);
  return entries.map((entry) => {
    const lead = leadLengths(entry.role, toTaiwan);
    return lead ? { ...entry, lead } : entry;
  });
}

/**
 * `alsoConverted`: other records whose Chinese texts the annotator shows converted for zh-TW (the
 * citations' summaries), so their dictionary entries ship too.
 */
export function compileGlossary(files: readonly GlossaryFile[], alsoConverted: readonly { id: string }[] = []): CompiledGlossary {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const entries = files.flatMap((file) => validateFile(validate, file));
  const problems: string[] = [];
  const ids = new Set<string>();
  // Which entry owns each alias, whatever list it sits in: the matcher must never have to choose.
  const owner = new Map<string, string>();
  const claim = (alias: string, id: string) => {
    const previous = owner.get(alias);
    if (previous !== undefined && previous !== id) {
      problems.push(`entry "${id}": alias "${alias}" is already an alias of "${previous}"`);
    }
    owner.set(alias, id);
  };

  // Each of the article's references is one entry, so the card of that source is never in doubt.
  const referenceOwner = new Map<number, string>();

  const compiled: CompiledEntry[] = entries.map((entry) => {
    if (ids.has(entry.id)) problems.push(`entry "${entry.id}": the id is used twice`);
    ids.add(entry.id);
    if (entry.articleReference !== undefined) {
      const previous = referenceOwner.get(entry.articleReference);
      if (previous !== undefined) problems.push(`entry "${entry.id}": articleReference ${entry.articleReference} is already "${previous}"`);
      referenceOwner.set(entry.articleReference, entry.id);
    }
    if (entry.group === 'author' && entry.authorOrder === undefined) {
      problems.push(`entry "${entry.id}": an author needs authorOrder`);
    }
    problems.push(...entryProblems(entry));
    // A Latin alias may hold Chinese too (SNLI数据集): Traditional copies write that part in Traditional.
    const withChinese = [...entry.aliases.zh, ...entry.aliases.latin.filter((alias) => HAN.test(alias))];
    const zhHant = [...new Set(withChinese.flatMap(traditionalForms))];
    for (const alias of [...entry.aliases.zh, ...zhHant, ...entry.aliases.latin, ...entry.aliases.en]) {
      claim(alias, entry.id);
    }
    const notInside = entry.aliases.notInside ?? [];
    for (const word of notInside) {
      if (!entry.aliases.zh.some((alias) => word.includes(alias))) {
        problems.push(`entry "${entry.id}": notInside word "${word}" contains none of its aliases`);
      }
    }
    const { sources, name, ...shown } = entry;
    const notInsideHant = [...new Set(notInside.flatMap(traditionalForms))];
    // What the cards can do without stays out of the shipped file (it counts against the size budget):
    // a Latin name equal to the native one, and empty lists of aliases.
    const { latin, ...otherNames } = name;
    return {
      ...shown,
      name: latin === name.native ? otherNames : name,
      aliases: withoutEmptyLists({ ...entry.aliases, zhHant, notInsideHant }),
      // Slang may cite no source: a usage that no dictionary or reference page records yet.
      ...(!entry.links.wikipedia && sources[0] && { source: { title: sources[0].title, url: sources[0].url } }),
    };
  });

  if (problems.length > 0) throw new GlossaryError(`Invalid glossary:\n  ${problems.join('\n  ')}`);

  // The zh-TW interface converts the texts when it shows them, with only the dictionary entries and usage rules they use.
  const texts = [...entries, ...alsoConverted].flatMap(chineseTextsOf);
  const traditional = traditionalConversionFor(texts.map((text) => text.simplified));
  const mismatches = traditionalMismatches(texts, traditional);
  if (mismatches.length > 0) {
    throw new GlossaryError(`The Traditional conversion cut for the glossary converts differently from OpenCC and the usage table:\n  ${mismatches.join('\n  ')}`);
  }
  return { entries: withLeads(compiled, traditional), traditional };
}

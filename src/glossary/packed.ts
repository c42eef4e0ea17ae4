/**
 * glossary.json as shipped: every English text in one list and every Chinese text in another, each
 * bilingual field pointing at its place in both. Deflate finds far more repeats within one language
 * than across entries that alternate English and Chinese: the zip is 1.5 KB smaller (154,056 B →
 * 152,486 B when this came in). The build packs (wxt.config.ts); the extension unpacks once, on load (./load.ts).
 */
import type { CompiledGlossary } from './types';

export interface PackedGlossary {
  /** The glossary with each { en, zh } text pair replaced by { [TEXT_AT]: index }. */
  glossary: unknown;
  en: string[];
  zh: string[];
}

/** The key that stands for a bilingual pair in the packed glossary; no field of the glossary has it. */
const TEXT_AT = '@';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Maps every record of `value`, depth first, leaving lists and plain values as they are. */
function mapRecords(value: unknown, map: (record: Json) => Json): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRecords(item, map));
  if (!isRecord(value)) return value;
  return map(Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapRecords(child, map)])));
}

export function packGlossary(glossary: CompiledGlossary): PackedGlossary {
  const en: string[] = [];
  const zh: string[] = [];
  const packed = mapRecords(glossary, (record) => {
    const { en: english, zh: chinese, ...rest } = record;
    if (typeof english !== 'string' || typeof chinese !== 'string') return record;
    zh.push(chinese);
    return { ...rest, [TEXT_AT]: en.push(english) - 1 };
  });
  return { glossary: packed, en, zh };
}

export function unpackGlossary({ glossary, en, zh }: PackedGlossary): CompiledGlossary {
  return mapRecords(glossary, (record) => {
    const { [TEXT_AT]: at, ...rest } = record;
    return typeof at === 'number' ? { ...rest, en: en[at], zh: zh[at] } : record;
  }) as CompiledGlossary;
}

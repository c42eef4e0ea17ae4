/**
 * The first view's share of an entry's "in the story" text: whole sentences from its start, as many
 * as fit in about three lines of a card (at least the first, whatever its length), so that the first
 * view says who or what this is and never ends mid-sentence. The rest shows with the details.
 *
 * Found at build (./compile.ts) with Intl.Segmenter's sentences and shipped as lengths: the first
 * sentence iterator a page creates loads the browser's break rules, which took 17 ms of the first
 * card's 50.
 */
import type { Bilingual, CompiledEntry } from './types';

/** About three lines of a card: a Latin letter counts one, a Chinese character (twice as wide) two. */
export const LEAD_WIDTH = 150;

export function widthOf(text: string): number {
  return text.length + (text.match(/[\u2e80-\u9fff\uff00-\uffef]/g)?.length ?? 0);
}

/**
 * The text's lead (its end trimmed); `lang` is the text's language, which says where sentences end;
 * `fits` may ask more of a lead than the width of the text itself.
 */
export function leadOf(text: string, lang: string, fits = (lead: string) => widthOf(lead) <= LEAD_WIDTH): string {
  let lead = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (lead && !fits(lead + segment.trimEnd())) break;
    lead += segment;
  }
  return lead.trimEnd();
}

/**
 * How many characters of the English and the Chinese text their leads take, or undefined where both
 * are the whole text. The Chinese lead is the same sentences in Simplified and in Traditional
 * characters, so it must fit as Taiwan writes it too, which can run wider (谷歌 is Google there).
 */
export function leadLengths(role: Bilingual, toTaiwan: (simplified: string) => string): CompiledEntry['lead'] {
  const en = leadOf(role.en, 'en').length;
  const zh = leadOf(role.zh, 'zh-Hans', (lead) => Math.max(widthOf(lead), widthOf(toTaiwan(lead))) <= LEAD_WIDTH).length;
  return en < role.en.trimEnd().length || zh < role.zh.trimEnd().length ? [en, zh] : undefined;
}

/** The entry's part in the story as its first view shows it. */
export function roleLead({ role, lead }: Pick<CompiledEntry, 'role' | 'lead'>): Bilingual {
  return lead ? { en: role.en.slice(0, lead[0]), zh: role.zh.slice(0, lead[1]) } : role;
}

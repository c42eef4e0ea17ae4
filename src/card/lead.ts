/**
 * The first view's share of an entry's "in the story" text: whole sentences from its start, as many
 * as fit in about three lines of a card (at least the first, whatever its length), so that the first
 * view says who or what this is and never ends mid-sentence. The rest shows with the details.
 */

/** About three lines of a card: a Latin letter counts one, a Chinese character (twice as wide) two. */
export const LEAD_WIDTH = 150;

function widthOf(text: string): number {
  return text.length + (text.match(/[\u2e80-\u9fff\uff00-\uffef]/g)?.length ?? 0);
}

/** The text's lead (its end trimmed); `lang` is the text's language, which says where sentences end. */
export function leadOf(text: string, lang: string): string {
  let lead = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (lead && widthOf(lead + segment.trimEnd()) > LEAD_WIDTH) break;
    lead += segment;
  }
  return lead.trimEnd();
}

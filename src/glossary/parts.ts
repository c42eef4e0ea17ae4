/**
 * The compiled glossary in the two parts the page needs at different times: the marking part, which
 * the annotator asks for before it marks (a tenth of the whole), and the card part, the texts only
 * the cards and the cast show, which comes when the cards do, on the reader's first move
 * (src/app/card-ui-loader.ts). Split from the one compiled glossary, and joined back into its entries.
 */
import type { CardEntry, CompiledEntry, CompiledGlossary, MarkingEntry, MarkingGlossary } from './types';

export interface GlossaryParts {
  marking: MarkingGlossary;
  /** In the order of the marking part's entries. */
  cards: CardEntry[];
}

// A field left undefined here does not cross to the page: messages are serialised as JSON (Chrome)
// or cloned (Firefox, where it stays undefined), and no reader of an entry tells the two apart.
function markingEntry({ id, category, aliases, name, nickname }: CompiledEntry): MarkingEntry {
  return { id, category, aliases, name: { native: name.native, zh: name.zh }, nickname: nickname && { text: nickname.text } };
}

/** `value` without the fields `keys`. */
function without<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const rest: Partial<T> = { ...value };
  for (const key of keys) delete rest[key];
  return rest as Omit<T, K>;
}

function cardEntry(entry: CompiledEntry): CardEntry {
  return { ...without(entry, ['category', 'aliases', 'name']), name: { latin: entry.name.latin } };
}

export function splitGlossary({ entries, traditional }: CompiledGlossary): GlossaryParts {
  return { marking: { entries: entries.map(markingEntry), traditional }, cards: entries.map(cardEntry) };
}

/** The whole entries again, by id; an entry missing from either part is left out. */
export function joinEntries(marking: readonly MarkingEntry[], cards: readonly CardEntry[]): Map<string, CompiledEntry> {
  const texts = new Map(cards.map((card) => [card.id, card]));
  const joined = new Map<string, CompiledEntry>();
  // The card part holds the nickname whole (its text is also the marking part's): it is the one taken.
  for (const entry of marking) {
    const card = texts.get(entry.id);
    if (card) joined.set(entry.id, { ...entry, ...card, name: { ...entry.name, ...card.name }, nickname: card.nickname });
  }
  return joined;
}

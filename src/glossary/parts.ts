/**
 * What the page script asks for before it marks: the glossary's marking part, a fifth of the whole.
 * The cards and the cast get the entries whole when they come, on the reader's first move
 * (src/app/card-ui-loader.ts): sending them whole rather than only the rest costs about a sixth
 * more at that moment, off the marking path, and saves joining the two parts again in the page.
 */
import type { CompiledEntry, CompiledGlossary, MarkingEntry, MarkingGlossary } from './types';

// A field left undefined here does not cross to the page: messages are serialised as JSON (Chrome)
// or cloned (Firefox, where it stays undefined), and no reader of an entry tells the two apart.
function markingEntry({ id, category, aliases, name, nickname }: CompiledEntry): MarkingEntry {
  return { id, category, aliases, name: { native: name.native, zh: name.zh }, nickname: nickname && { text: nickname.text } };
}

export function markingPart({ entries, traditional }: CompiledGlossary): MarkingGlossary {
  return { entries: entries.map(markingEntry), traditional };
}

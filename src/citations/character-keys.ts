/**
 * Offers a run of text only the items it can hold, decided by one native pass over the text rather
 * than one test per item: most runs hold none of the article's quotes, and asking each quote of
 * each run was most of the citation markers' cost. Pure string logic.
 */

/** A character as a regular expression's escape (with the `u` flag): nothing in it can mean syntax. */
const escaped = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;

/**
 * Each item gives the characters any text holding it must hold; one of them, the first of those
 * the fewest items share (so the likeliest to be rare in a page's text), becomes its key. The returned
 * function runs one character class of all keys over a text and gives the items whose key is in
 * it, with every item that has no such character, since nothing rules those out.
 */
export function offerByKeyCharacter<T>(items: readonly T[], charactersOf: (item: T) => readonly string[]): (text: string) => ReadonlySet<T> {
  const sharedBy = new Map<string, number>();
  for (const item of items) for (const char of new Set(charactersOf(item))) sharedBy.set(char, (sharedBy.get(char) ?? 0) + 1);
  const byKey = new Map<string, T[]>();
  const unkeyed: T[] = [];
  for (const item of items) {
    let key: string | undefined;
    for (const char of charactersOf(item)) if (key === undefined || sharedBy.get(char)! < sharedBy.get(key)!) key = char;
    if (key === undefined) unkeyed.push(item);
    else if (byKey.has(key)) byKey.get(key)!.push(item);
    else byKey.set(key, [item]);
  }
  const keys = byKey.size > 0 ? new RegExp(`[${[...byKey.keys()].map(escaped).join('')}]`, 'gu') : null;
  return (text) => {
    const offered = new Set(unkeyed);
    const found = keys && text.match(keys);
    if (found) for (const key of new Set(found)) for (const item of byKey.get(key)!) offered.add(item);
    return offered;
  };
}

/**
 * Build time (Node only): which Traditional characters the article's quotes can be written in,
 * and the Simplified character each stands for, from OpenCC's character tables (cn → t, tw, hk).
 * `node scripts/make-quote-folds.mjs` writes the result to quote-folds.json, and a unit test
 * checks that the file is current, so the extension carries 89 character pairs instead of OpenCC.
 */
import * as OpenCC from 'opencc-js';

const TO_TRADITIONAL = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/**
 * The Traditional characters of these quotes and, at the same index, the Simplified ones they stand
 * for, in a stable order: two strings are about half the bytes of a JSON object of pairs.
 */
export interface QuoteFolds {
  traditional: string;
  simplified: string;
}

export function computeQuoteFolds(quotes: readonly string[]): QuoteFolds {
  const folds = new Map<string, string>();
  for (const quote of quotes) {
    for (const convert of TO_TRADITIONAL) {
      const traditional = convert(quote);
      // Matching maps character to character, so a conversion that changes the length cannot be used.
      if (traditional.length !== quote.length) throw new Error(`OpenCC changes the length of the quote "${quote}": "${traditional}"`);
      for (let i = 0; i < quote.length; i++) {
        const [from, to] = [traditional[i]!, quote[i]!];
        if (from === to) continue;
        const earlier = folds.get(from);
        if (earlier !== undefined && earlier !== to) throw new Error(`"${from}" stands for both "${earlier}" and "${to}" in the quotes`);
        folds.set(from, to);
      }
    }
  }
  const pairs = [...folds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { traditional: pairs.map(([from]) => from).join(''), simplified: pairs.map(([, to]) => to).join('') };
}

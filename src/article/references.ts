/** The article's reference list ([1]–[3] at its end), which pages often show as plain text. */
export interface Reference {
  number: number;
  url: string;
  /** Key of the reference's label in locales/. */
  labelKey: 'popup.sourceWired' | 'popup.sourceYoutube' | 'popup.sourceSemianalysis';
}

export const ARTICLE_REFERENCES: readonly Reference[] = [
  {
    number: 1,
    url: 'https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/',
    labelKey: 'popup.sourceWired',
  },
  { number: 2, url: 'https://www.youtube.com/watch?v=zBK2CPka5jo', labelKey: 'popup.sourceYoutube' },
  {
    number: 3,
    url: 'https://www.semianalysis.com/p/google-gemini-eats-the-world-gemini',
    labelKey: 'popup.sourceSemianalysis',
  },
];

/**
 * Finds bare reference URLs in a line of text ("[1]https://www.wired.com/…"), for turning into links.
 * Only the article's own references count, so no other URL on the page is ever rewritten.
 */
export function findReferenceUrls(text: string): Array<{ start: number; end: number; url: string }> {
  const found: Array<{ start: number; end: number; url: string }> = [];
  for (const reference of ARTICLE_REFERENCES) {
    for (let at = text.indexOf(reference.url); at !== -1; at = text.indexOf(reference.url, at + 1)) {
      found.push({ start: at, end: at + reference.url.length, url: reference.url });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

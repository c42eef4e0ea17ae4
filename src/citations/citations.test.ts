import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ARTICLE_REFERENCES } from '../article/references';
import { escapeRegExp } from '../match/escape-regexp';

interface Fragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

interface Citation {
  id: string;
  source: string;
  article: { quote: string };
  fragment: Fragment | null;
  time?: number;
  summary: { en: string; zh: string };
}

interface Citations {
  articleUrls: Record<string, string>;
  sources: Record<string, { title: string; url: string }>;
  citations: Citation[];
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const data = JSON.parse(read('./citations.json')) as Citations;
const schema = JSON.parse(read('./citations.schema.json')) as object;

/** Lines 1–213 of the saved article: its title and body, without the references and the repost site's furniture. */
const articleLines = read('../../tests/fixtures/article/qbitai-transformer-authors.txt').split('\n').slice(0, 213);
const article = articleLines.join('\n');

/** The visible text of the Wired fixture's story: the <article> element with its tags stripped. */
const wiredHtml = read(
  '../../tests/fixtures/sites/www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/index.html',
);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };
const wiredStory = (/<article\b[\s\S]*?<\/article>/.exec(wiredHtml)?.[0] ?? '')
  .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]*>/g, ' ')
  .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
  .replace(/\s+/g, ' ');

/** A fragment's words as a pattern: case-insensitive, any run of whitespace for a space, as browsers match text fragments. */
const words = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/**
 * Where a text fragment matches in `text`: the first textStart (directly after the prefix, if any) whose
 * textEnd follows it and whose suffix directly follows the match. Null when nothing matches.
 */
function findFragment(text: string, fragment: Fragment): { start: number; end: number } | null {
  const startPattern = new RegExp((fragment.prefix ? `${words(fragment.prefix)}\\s*` : '') + `(${words(fragment.textStart)})`, 'gi');
  for (let match = startPattern.exec(text); match; match = startPattern.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    let end = match.index + match[0].length;
    if (fragment.textEnd) {
      const endMatch = new RegExp(words(fragment.textEnd), 'i').exec(text.slice(end));
      if (!endMatch) continue;
      end += endMatch.index + endMatch[0].length;
    }
    if (fragment.suffix && !new RegExp(`^\\s*${words(fragment.suffix)}`, 'i').test(text.slice(end))) continue;
    return { start, end };
  }
  return null;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the citations data', () => {
  it('validates against its schema', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has unique ids', () => {
    const ids = data.citations.map((citation) => citation.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites only sources it describes, at the addresses of the article’s own reference list', () => {
    for (const citation of data.citations) expect(Object.keys(data.sources), citation.id).toContain(citation.source);
    expect(ARTICLE_REFERENCES.map((reference) => reference.url).sort()).toEqual(
      Object.values(data.sources).map((source) => source.url).sort(),
    );
  });

  it('quotes each article paragraph exactly once, inside one paragraph of the body', () => {
    for (const { id, article: { quote } } of data.citations) {
      expect(occurrences(article, quote), `${id}: ${quote}`).toBe(1);
      const line = articleLines.findIndex((text) => text.includes(quote));
      expect(line, `${id}: ${quote}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives a text fragment for Wired and SemiAnalysis, and none for the YouTube video', () => {
    for (const citation of data.citations) {
      if (citation.source === 'youtube') expect(citation.fragment, citation.id).toBeNull();
      else expect(citation.fragment?.textStart, citation.id).toBeTruthy();
    }
  });

  it('finds every Wired fragment in the Wired fixture’s story, its parts in order', () => {
    expect(wiredStory).toContain('This page is a test fixture');
    for (const citation of data.citations.filter((candidate) => candidate.source === 'wired')) {
      expect(findFragment(wiredStory, citation.fragment!), `${citation.id}: ${JSON.stringify(citation.fragment)}`).not.toBeNull();
    }
  });

  it('orders the Wired fixture’s passages as the article orders its paragraphs, mostly', () => {
    // The story is our own retelling, so a few passages may sit elsewhere; most should follow the article's order.
    const wired = data.citations
      .filter((citation) => citation.source === 'wired')
      .map((citation) => ({ article: article.indexOf(citation.article.quote), story: findFragment(wiredStory, citation.fragment!)!.start }))
      .sort((a, b) => a.article - b.article);
    const inOrder = wired.filter((entry, index) => index === 0 || entry.story > wired[index - 1]!.story).length;
    expect(inOrder / wired.length).toBeGreaterThan(0.8);
  });
});

describe('the Wired fixture after the fragments were worked in', () => {
  it('still names everyone in full exactly once, and keeps the surnames the browser tests hover', () => {
    for (const name of [
      'Jakob Uszkoreit', 'Hans Uszkoreit', 'Illia Polosukhin', 'Ashish Vaswani', 'Niki Parmar', 'Llion Jones', 'Aidan Gomez',
      'Łukasz Kaiser', 'Noam Shazeer', 'Ilya Sutskever', 'Alec Radford', 'Jensen Huang', 'Sam Altman', 'Geoffrey Hinton',
    ]) {
      expect(occurrences(wiredStory, name), name).toBe(1);
    }
    for (const surname of ['Shazeer', 'Gomez', 'Jones']) expect(occurrences(wiredStory, surname), surname).toBeGreaterThan(1);
  });
});

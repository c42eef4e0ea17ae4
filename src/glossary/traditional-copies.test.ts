import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import { chineseArticleAliases } from '../app/profiles/aliases';
import { buildAliasIndex } from '../match/alias-index';
import { createMentionFinder } from '../match/find-mentions';

const read = (path: string) => readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8');
/** Lines 1–213 of the Simplified article: its body, which each Traditional copy carries whole. */
const body = read('article/qbitai-transformer-authors.txt').split('\n').slice(0, 213).join('\n');
const finder = createMentionFinder(buildAliasIndex(glossary.entries, chineseArticleAliases));
const entriesNamedIn = (text: string) => new Set(finder.find(text).map((mention) => mention.target.entryId));

describe.each([
  ['tw tech news', 'sites/www.twtechnews.com.tw/news/20240326/transformer-authors.html'],
  ['CNA', 'sites/www.cna.com.tw/news/aipl/202302210388.aspx'],
])('the Traditional copy on %s', (_site, path) => {
  it('names every entry the Simplified article body names, SNLI among them', () => {
    const inBody = entriesNamedIn(body);
    expect(inBody).toContain('snli');
    const text = read(path).replace(/<[^>]*>/g, '');
    const inCopy = entriesNamedIn(text);
    expect([...inBody].filter((id) => !inCopy.has(id))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PASSAGES_SIMPLIFIED } from '../detect/fingerprints';
import {
  ARTICLE_LENGTH,
  clusterOfPassages,
  countVisibleCharacters,
  PASSAGE_CLUSTER_SPAN,
  PassageScanner,
  READ_PAST_LAST_PASSAGE,
  type PassageHit,
} from './passages';

const lines = readFileSync(new URL('../../tests/fixtures/article/qbitai-transformer-authors.txt', import.meta.url), 'utf8').split('\n');
/** Lines 2–221: the body and the reference list, without the title (see tests/fixtures/README.md). */
const article = lines.slice(1, 221).join('\n');
const visibleArticle = article.replace(/\s+/g, '');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

function scan(pieces: readonly string[]): PassageScanner {
  const scanner = new PassageScanner();
  for (const piece of pieces) scanner.feed(piece);
  return scanner;
}

describe('what the anchoring knows of the article', () => {
  it('its length, within 1%', () => {
    expect(Math.abs(countVisibleCharacters(article) - ARTICLE_LENGTH) / ARTICLE_LENGTH).toBeLessThan(0.01);
  });

  it('reads on past the last passage found for more than twice the widest gap between passages', () => {
    const starts = ARTICLE_PASSAGES_SIMPLIFIED.map((passage) => visibleArticle.indexOf(passage)).sort((a, b) => a - b);
    const widestGap = Math.max(...starts.slice(1).map((start, i) => start - starts[i]!));
    expect(READ_PAST_LAST_PASSAGE).toBeGreaterThan(2 * widestGap);
  });

  it('takes passages spread over twice the article’s own spread as one copy', () => {
    const starts = ARTICLE_PASSAGES_SIMPLIFIED.map((passage) => visibleArticle.indexOf(passage));
    expect(PASSAGE_CLUSTER_SPAN).toBeGreaterThan(2 * (Math.max(...starts) - Math.min(...starts)));
  });
});

describe('PassageScanner', () => {
  it('finds every passage of the article, with its offset, and is done at the last one', () => {
    const scanner = scan(article.match(/[\s\S]{1,500}/g)!);
    expect(scanner.hits.map((hit) => hit.passage).sort()).toEqual([...ARTICLE_PASSAGES_SIMPLIFIED].sort());
    for (const hit of scanner.hits) expect(article.slice(hit.start, hit.end)).toBe(hit.passage);
    expect(scanner.done).toBe(true);
    expect(scanner.length).toBe(article.length);
  });

  it('finds a passage cut across two pieces', () => {
    const scanner = scan(['前文……后简称', '沙', '哥。']);
    expect(scanner.hits).toEqual([{ passage: '后简称沙哥', start: 4, end: 9 }]);
  });

  it('keeps only the first place a passage occurs', () => {
    expect(scan(['圆桌骑士', '。', '圆桌骑士']).hits).toEqual([{ passage: '圆桌骑士', start: 0, end: 4 }]);
  });

  it('is done with a Traditional copy too', () => {
    expect(scan([toTaiwan(article)]).done).toBe(true);
  });

  it('on a copy missing its last passages, is done only a long stretch past the last one found', () => {
    const cut = article.slice(0, article.indexOf('后简称沙哥'));
    const scanner = scan([cut]);
    expect(scanner.done).toBe(false);
    scanner.feed('评论'.repeat(READ_PAST_LAST_PASSAGE / 2));
    expect(scanner.done).toBe(true);
  });

  it('is not done on a page that quotes a passage or two', () => {
    const scanner = scan(['小标题是“谷歌害怕Siri抢饭碗”，还提到七肢桶。', '闲聊'.repeat(READ_PAST_LAST_PASSAGE)]);
    expect(scanner.hits).toHaveLength(2);
    expect(scanner.done).toBe(false);
  });
});

describe('clusterOfPassages', () => {
  const hit = (start: number): PassageHit => ({ passage: `p${start}`, start, end: start + 4 });

  it('leaves out a passage quoted far from the article (a teaser, a comment)', () => {
    const article = [20_000, 20_500, 21_000, 24_000];
    expect(clusterOfPassages([hit(0), ...article.map(hit), hit(80_000)]).map((h) => h.start)).toEqual(article);
  });

  it('is empty when fewer passages than the detector needs lie close together', () => {
    expect(clusterOfPassages([hit(0), hit(100), hit(60_000)])).toEqual([]);
    expect(clusterOfPassages([])).toEqual([]);
  });
});

describe('countVisibleCharacters', () => {
  it('leaves out every kind of whitespace', () => {
    expect(countVisibleCharacters(' 沙\n\t哥\u00a0\u3000A\u2009b ')).toBe(4);
  });

  it('stops counting once past the limit', () => {
    expect(countVisibleCharacters('字'.repeat(1_000), 10)).toBe(11);
  });
});

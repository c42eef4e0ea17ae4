// @vitest-environment happy-dom
import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';
import type { TextRun } from '../../annotate/text-runs';
import { CITATIONS } from '../../citations/citations';
import { charactersEveryCopyHas } from '../../citations/quote-match';
import type { PassContext } from '../context';
import { QBITAI_PROFILE } from '../profiles/qbitai';
import { WIRED_PROFILE } from '../profiles/wired';
import { citationPlanner } from './citations';

function runOf(text: string): TextRun {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  return { text, nodes: [paragraph.firstChild as Text], starts: [0] };
}

/** A planner on the article whose findPassage counts what it is asked. */
function countingPlanner(profile = QBITAI_PROFILE) {
  const findPassage = vi.fn(profile.findPassage);
  const context = { doc: document, profile: { ...profile, findPassage }, setup: {}, t: (key: string) => key, uiLanguage: 'en', toTraditional: (text: string) => text };
  return { planner: citationPlanner(context as unknown as PassContext), findPassage };
}

/** The citations whose markers a run gets, with where each goes. */
function markersIn(planner: ReturnType<typeof citationPlanner>, text: string) {
  const run = runOf(text);
  return planner.plan(run).map((piece) => {
    const segment = { node: run.nodes[0]!, start: piece.start, end: piece.end };
    return { at: piece.start, id: piece.create('', 0, segment).dataset.qxCitation };
  });
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('the citation planner on the article', () => {
  it('does not try a citation on a run that lacks a character every copy of its quote has', () => {
    const { planner, findPassage } = countingPlanner();
    const texts = ['Attention Is All You Need', '今天天气很好。', CITATIONS[0]!.article.quote, toTraditional(CITATIONS[5]!.article.quote)];
    for (const text of texts) planner.plan(runOf(text));
    expect(findPassage).toHaveBeenCalled();
    for (const [text, citation] of findPassage.mock.calls) {
      const needed = charactersEveryCopyHas(citation.article.quote);
      if (needed.length > 0) expect(needed.some((char) => text.includes(char)), `${citation.id} tried on “${text}”`).toBe(true);
    }
  });

  it('gives every citation its marker at the end of its quote, alone or in a sentence, in Simplified and in Taiwan Traditional with full-width punctuation', () => {
    for (const write of [(quote: string) => quote, (quote: string) => toTraditional(quote).replace(/[(),]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))]) {
      for (const [before, after] of [['', ''], ['前文。', '。后文']] as const) {
        const { planner } = countingPlanner();
        for (const citation of CITATIONS) {
          const text = before + write(citation.article.quote) + after;
          expect(markersIn(planner, text)).toContainEqual({ at: text.length - after.length, id: citation.id });
        }
      }
    }
  });

  it('places each citation once, at its first passage', () => {
    const { planner } = countingPlanner();
    const quote = CITATIONS[3]!.article.quote;
    expect(markersIn(planner, quote)).toContainEqual({ at: quote.length, id: CITATIONS[3]!.id });
    expect(markersIn(planner, quote).map((marker) => marker.id)).not.toContain(CITATIONS[3]!.id);
  });
});

describe('the citation planner on the Wired story', () => {
  it('finds each retold passage as a text fragment would, whatever its case and spacing', () => {
    const { planner } = countingPlanner(WIRED_PROFILE);
    for (const citation of WIRED_PROFILE.citations) {
      const { textStart, textEnd } = citation.fragment!;
      const text = `Before. ${textStart.toUpperCase().replace(/ /g, '\n ')}${textEnd ? ` and then ${textEnd}` : ''}. After`;
      expect(markersIn(planner, text)).toContainEqual({ at: text.length - '. After'.length, id: citation.id });
    }
  });
});

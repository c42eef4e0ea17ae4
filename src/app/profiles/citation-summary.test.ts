/** The label of a citation marker: the source and what the passage says, in the reader's script. */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { CITATIONS, SOURCES } from '../../citations/citations';
import { taiwanConverter } from '../../glossary/taiwan-usage';
import { traditionalConverter } from '../../i18n/traditional';
import { citationSummary } from './citation-summary';

const shipped = traditionalConverter(glossary.traditional);
const reference = taiwanConverter('glossary');

describe('citationSummary', () => {
  it('is in Traditional characters for the zh-TW interface, as OpenCC and the usage table write it', () => {
    for (const citation of CITATIONS) {
      expect(citationSummary(citation, 'zh-TW', shipped), citation.id).toBe(`${SOURCES[citation.source].title}: ${reference(citation.summary.zh)}`);
    }
    const differing = CITATIONS.filter((citation) => citationSummary(citation, 'zh-TW', shipped) !== citationSummary(citation, 'zh-CN', shipped));
    expect(differing.length).toBe(CITATIONS.length);
  });

  it('is the Simplified summary for zh-CN and the English one for en', () => {
    const [citation] = CITATIONS;
    expect(citationSummary(citation!, 'zh-CN', shipped)).toBe(`${SOURCES[citation!.source].title}: ${citation!.summary.zh}`);
    expect(citationSummary(citation!, 'en', shipped)).toBe(`${SOURCES[citation!.source].title}: ${citation!.summary.en}`);
  });
});

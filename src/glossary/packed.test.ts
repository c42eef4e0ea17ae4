/** The shipped form of the glossary gives back exactly the compiled glossary. */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import { packGlossary, unpackGlossary } from './packed';

describe('the packed glossary', () => {
  const packed = packGlossary(glossary);

  it('unpacks to the compiled glossary, every text in its place', () => {
    expect(unpackGlossary(JSON.parse(JSON.stringify(packed)))).toEqual(glossary);
  });

  it('keeps each language’s texts together, apart from the entries', () => {
    expect(packed.en).toHaveLength(packed.zh.length);
    expect(packed.en.length).toBeGreaterThan(300);
    const shipped = JSON.stringify(packed.glossary);
    for (const [index, text] of packed.zh.entries()) {
      expect(shipped).not.toContain(JSON.stringify(text));
      expect(shipped).not.toContain(JSON.stringify(packed.en[index]));
    }
    // A Chinese name or alias is not a bilingual pair: it stays with its entry.
    expect(shipped).toContain('"谷歌"');
  });
});

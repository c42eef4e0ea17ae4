import { describe, expect, it, vi } from 'vitest';
import { compileGlossary, GlossaryError } from './compile';
import { readGlossaryFiles } from './vite-plugin';

// The build's cut of the dictionaries, with one entry the glossary's texts need taken out.
vi.mock('./traditional-dictionaries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./traditional-dictionaries')>();
  const subsetDictionaries: typeof actual.subsetDictionaries = (full, texts) => {
    const subset = actual.subsetDictionaries(full, texts);
    const conversionChain = subset.conversionChain.map((group) =>
      group.map((dictionary) => dictionary.split('|').filter((line) => line !== '英偉達 輝達').join('|')),
    );
    return { ...subset, conversionChain };
  };
  return { ...actual, subsetDictionaries };
});

describe('compileGlossary with Traditional dictionaries that convert a text differently from OpenCC', () => {
  it('fails, naming the entry and the field', () => {
    const compile = () => compileGlossary(readGlossaryFiles());
    expect(compile).toThrow(GlossaryError);
    expect(compile).toThrow(/convert differently from OpenCC:\n.*entry "nvidia" at role\.zh, character 0/);
  });
});

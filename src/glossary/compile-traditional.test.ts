import { describe, expect, it, vi } from 'vitest';
import { compileGlossary, GlossaryError } from './compile';
import { readGlossaryFiles } from './vite-plugin';

// The build's cut of the conversion, with the dictionary entries that turn 伟 into 偉 taken out.
vi.mock('./traditional-dictionaries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./traditional-dictionaries')>();
  const traditionalConversionFor: typeof actual.traditionalConversionFor = (texts) => {
    const cut = actual.traditionalConversionFor(texts);
    const conversionChain = cut.dictionaries.conversionChain.map((group) =>
      group.map((dictionary) => dictionary.split('|').filter((line) => !/^(英伟达|伟) /.test(line)).join('|')),
    );
    return { ...cut, dictionaries: { ...cut.dictionaries, conversionChain } };
  };
  return { ...actual, traditionalConversionFor };
});

describe('compileGlossary with Traditional dictionaries that convert a text differently from OpenCC', () => {
  it('fails, naming the entry and the field', () => {
    const compile = () => compileGlossary(readGlossaryFiles());
    expect(compile).toThrow(GlossaryError);
    expect(compile).toThrow(/converts differently from OpenCC and the usage table:\n.*entry "nvidia" at name\.zh, character 0/);
  });
});

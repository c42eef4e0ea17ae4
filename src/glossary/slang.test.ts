/** The article's slang, explained for learners, and the entries for the article's own sources. */
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import { ARTICLE_REFERENCES } from '../article/references';
import { compileGlossary, GlossaryError } from './compile';
import type { CompiledEntry, GlossaryEntry } from './types';
import { readGlossaryFiles } from './vite-plugin';

const files = readGlossaryFiles();
const written = new Map(files.flatMap((file) => (file.raw as { entries: GlossaryEntry[] }).entries).map((entry) => [entry.id, entry]));
const slang = glossary.entries.filter((entry) => entry.category === 'slang');
const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));

/** compileGlossary on every data file, with one change made to a copy of `fileName`. */
function compileWith(fileName: string, change: (entries: GlossaryEntry[]) => void) {
  const file = files.find(({ name }) => name === fileName)!;
  const copy = structuredClone(file.raw) as { entries: GlossaryEntry[] };
  change(copy.entries);
  return () => compileGlossary([...files.filter((other) => other !== file), { name: fileName, raw: copy }]);
}

const entryIn = (entries: GlossaryEntry[], id: string) => entries.find((entry) => entry.id === id)!;

describe('slang entries', () => {
  it('explain at least the idioms and internet terms the issue names', () => {
    const expressions = slang.map((entry) => entry.name.native);
    for (const expression of ['安利', '卷', '摘桃子', '商业互吹', '技术宅', '搞事情', '组局', '抢饭碗', '大杯', '一作、二作、通讯作', '灵魂提问', '闭馆']) {
      expect(expressions).toContain(expression);
    }
    expect(slang.length).toBeGreaterThanOrEqual(23);
  });

  it('give a learner the pinyin, the literal meaning, the meaning here and an English equivalent', () => {
    for (const entry of slang) {
      expect(entry.name.native, entry.id).toMatch(/\p{Script=Han}/u);
      expect(entry.slang?.pinyin, entry.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(entry.slang?.literal.en, entry.id).not.toBe('');
      expect(entry.slang?.literal.zh, entry.id).toMatch(/\p{Script=Han}/u);
      expect(entry.role.zh, entry.id).toMatch(/\p{Script=Han}/u);
      // The English equivalent is English: Latin letters, no Chinese.
      expect(entry.name.latin, entry.id).toMatch(/^[^\p{Script=Han}]*[a-z][^\p{Script=Han}]*$/u);
    }
  });

  it('never carry a nickname, and only slang carries slang fields', () => {
    for (const entry of glossary.entries) {
      expect(entry.slang !== undefined, entry.id).toBe(entry.category === 'slang');
      if (entry.category === 'slang') expect(entry.nickname, entry.id).toBeUndefined();
    }
  });

  it('cite dated reference pages for the usage of most expressions', () => {
    const cited = slang.filter((entry) => written.get(entry.id)!.sources.length > 0);
    expect(cited.length).toBeGreaterThanOrEqual(12);
    for (const entry of cited) {
      for (const source of written.get(entry.id)!.sources) expect(source.accessed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('mark the phrase the article uses where one character alone would mark unrelated words (卷)', () => {
    const juan = byId.get('juan')!;
    expect(juan.name.native).toBe('卷');
    expect(juan.aliases.zh).toEqual(['拼命卷自己']);
    for (const entry of slang) for (const alias of entry.aliases.zh ?? []) expect(alias.length, entry.id).toBeGreaterThan(1);
  });
});

describe('the article’s own sources', () => {
  const referenceEntry = (number: number): CompiledEntry | undefined => glossary.entries.find((entry) => entry.articleReference === number);

  it('each have an entry, which cites the reference itself', () => {
    expect(referenceEntry(1)?.id).toBe('wired');
    expect(referenceEntry(2)?.id).toBe('gtc-2024-transformer-panel');
    expect(referenceEntry(3)?.id).toBe('semianalysis');
    for (const reference of ARTICLE_REFERENCES) {
      const sources = written.get(referenceEntry(reference.number)!.id)!.sources;
      expect(sources.map((source) => source.url)).toContain(reference.url);
    }
  });

  it('date the GTC panel to 20 March 2024, with Jensen Huang and seven of the authors', () => {
    const panel = byId.get('gtc-2024-transformer-panel')!;
    expect(panel.category).toBe('work');
    expect(panel.role.en).toMatch(/Jensen Huang/);
    expect(panel.role.en).toMatch(/seven of the eight authors/);
    expect(panel.role.en).toMatch(/20 March 2024/);
    expect(panel.role.zh).toContain('2024 年 3 月 20 日');
  });
});

describe('compileGlossary rejects a bad slang or reference entry, naming it', () => {
  it('a slang entry without its slang fields', () => {
    const compile = compileWith('slang.json', (entries) => delete (entryIn(entries, 'anli') as Partial<GlossaryEntry>).slang);
    expect(compile).toThrow(GlossaryError);
    expect(compile).toThrow(/slang\.json: entry "anli" \(#\d+\) at \/: must have required property .slang./);
  });

  it('slang pinyin without tone marks', () => {
    const compile = compileWith('slang.json', (entries) => (entryIn(entries, 'anli').slang!.pinyin = 'anli'));
    expect(compile).toThrow(/entry "anli": slang pinyin "anli" has no tone marks/);
  });

  it('a slang entry whose expression is not Chinese', () => {
    const compile = compileWith('slang.json', (entries) => (entryIn(entries, 'anli').name.native = 'Amway'));
    expect(compile).toThrow(/entry "anli": a slang entry's native name is the Chinese expression/);
  });

  it('a kind of slang the card cannot label', () => {
    const compile = compileWith('slang.json', (entries) => ((entryIn(entries, 'anli').slang as { kind: string }).kind = 'meme'));
    expect(compile).toThrow(/slang\.json: entry "anli" \(#\d+\) at \/slang\/kind: must be equal to one of the allowed values \(internet,chengyu,colloquial,jargon\)/);
  });

  it('slang fields on an entry that is not slang, such as a person', () => {
    const compile = compileWith('people.json', (entries) => {
      entryIn(entries, 'noam-shazeer').slang = { pinyin: 'Shā gē', kind: 'internet', literal: { en: 'Sand bro', zh: '沙大哥' } };
    });
    expect(compile).toThrow(/people\.json: entry "noam-shazeer"/);
  });

  it('an entry other than slang without a source', () => {
    const compile = compileWith('works.json', (entries) => (entryIn(entries, 'gtc-2024-transformer-panel').sources = []));
    expect(compile).toThrow(/works\.json: entry "gtc-2024-transformer-panel" \(#\d+\) at \/sources: must NOT have fewer than 1 items/);
  });

  it('a reference entry that does not cite the reference', () => {
    const compile = compileWith('organisations.json', (entries) => {
      const semianalysis = entryIn(entries, 'semianalysis');
      semianalysis.sources = semianalysis.sources.filter((source) => !source.url.includes('google-gemini-eats-the-world'));
    });
    expect(compile).toThrow(/entry "semianalysis": articleReference 3 needs the reference's own address among its sources/);
  });

  it('two entries for the same reference', () => {
    const compile = compileWith('organisations.json', (entries) => (entryIn(entries, 'semianalysis').articleReference = 1));
    expect(compile).toThrow(/entry "(wired|semianalysis)": articleReference 1 is already "(wired|semianalysis)"/);
  });
});

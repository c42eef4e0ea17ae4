import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import { compileGlossary, GlossaryError, traditionalForms } from './compile';
import type { GlossaryEntry } from './types';
import { readGlossaryFiles } from './vite-plugin';

const files = readGlossaryFiles();
const people = files.find((file) => file.name === 'people.json')!;
const raw = people.raw as { entries: GlossaryEntry[] };
const article = readFileSync(new URL('../../tests/fixtures/article/qbitai-transformer-authors.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(0, 223) // the body, the reference list and the credit line (梦晨, 量子位)
  .join('\n');
const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));

/** A deep copy of the glossary with one change, to check the build's error messages. */
function broken(change: (entries: GlossaryEntry[]) => void) {
  const copy = structuredClone(raw);
  change(copy.entries);
  return () => compileGlossary([...files.filter((file) => file !== people), { name: 'people.json', raw: copy }]);
}

describe('the bundled glossary', () => {
  it('covers the eight authors, in byline order, and everyone else the article names', () => {
    const authors = glossary.entries
      .filter((entry) => entry.group === 'author')
      .sort((a, b) => a.authorOrder! - b.authorOrder!)
      .map((entry) => entry.name.latin ?? entry.name.native);
    expect(authors).toEqual([
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit',
      'Llion Jones', 'Aidan Gomez', 'Lukasz Kaiser', 'Illia Polosukhin',
    ]);
    // The shipped glossary leaves out a Latin name that is the same as the native one.
    const names = glossary.entries.map((entry) => entry.name.latin ?? entry.name.native);
    for (const name of ['Jensen Huang', 'Sam Altman', 'Hans Uszkoreit', 'Mat Kelcey', 'Geoffrey Hinton', 'Ilya Sutskever', 'Alec Radford']) {
      expect(names).toContain(name);
    }
  });

  it('maps each nickname the article coins to the right person', () => {
    const expected: Record<string, string> = {
      乌兹哥: 'Jakob Uszkoreit', 菠萝哥: 'Illia Polosukhin', 瓦斯哥: 'Ashish Vaswani', 帕姐: 'Niki Parmar',
      囧哥: 'Llion Jones', 割麦子: 'Aidan Gomez', 凯哥: 'Łukasz Kaiser', 沙哥: 'Noam Shazeer',
      老黄: 'Jensen Huang', 奥特曼: 'Sam Altman',
    };
    for (const [nickname, name] of Object.entries(expected)) {
      const entry = glossary.entries.find((candidate) => candidate.aliases.zh?.includes(nickname));
      expect(entry?.name.native, nickname).toBe(name);
      expect(entry?.nickname?.text, nickname).toBe(nickname);
    }
  });

  it('uses only aliases the article really contains', () => {
    for (const entry of glossary.entries) {
      for (const alias of [...(entry.aliases.zh ?? []), ...(entry.aliases.latin ?? [])]) expect(article, `${entry.id}: ${alias}`).toContain(alias);
    }
  });

  it('gives every Simplified alias its Traditional twin', () => {
    for (const entry of glossary.entries) {
      for (const alias of entry.aliases.zh ?? []) {
        for (const twin of traditionalForms(alias)) expect(entry.aliases.zhHant, `${entry.id}: ${alias}`).toContain(twin);
      }
    }
    expect(byId.get('aidan-gomez')?.aliases.zhHant).toContain('割麥子');
    expect(byId.get('jakob-uszkoreit')?.aliases.zhHant).toContain('烏茲哥');
  });

  it('ships its texts in Simplified Chinese only, with the cut dictionaries and usage rules the zh-TW interface converts them with', () => {
    expect(JSON.stringify(glossary.entries)).not.toMatch(/"zhHant":"/);
    expect(glossary.traditional.dictionaries.conversionChain).toHaveLength(2);
    expect(glossary.traditional.dictionaries.conversionChain[0]!.join('|').split('|')).toContain('伟 偉');
    expect(glossary.traditional.usage.split('|')).toContain('英偉達 輝達');
  });

  it('has both languages in every text, pinyin with tone marks and a dated bio', () => {
    for (const entry of glossary.entries) {
      const texts = [entry.role, entry.bio, entry.slip, entry.nickname?.joke, entry.nickname?.literal].filter(Boolean);
      for (const text of texts) {
        expect(text!.en.trim(), entry.id).not.toBe('');
        expect(text!.zh, entry.id).toMatch(/[\u4e00-\u9fff]/);
      }
      if (entry.nickname) expect(entry.nickname.pinyin, entry.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(entry.bio.asOf, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships, of the sources every entry cites, the first where the card links it instead of Wikipedia', () => {
    const written = new Map(files.flatMap((file) => (file.raw as { entries: GlossaryEntry[] }).entries).map((entry) => [entry.id, entry]));
    for (const entry of glossary.entries) {
      const [first] = written.get(entry.id)!.sources;
      // Slang cites a dictionary or reference page only where one records the usage.
      if (entry.category !== 'slang') expect(first, entry.id).toBeDefined();
      const shown = first && !entry.links.wikipedia ? { title: first.title, url: first.url } : undefined;
      expect(entry.source, entry.id).toEqual(shown);
      expect(entry, entry.id).not.toHaveProperty('sources');
    }
    expect(byId.get('mat-kelcey')?.source?.url).toMatch(/^https:\/\//);
  });

  it('links every author to the Wired passage that names them', () => {
    for (const entry of glossary.entries.filter((candidate) => candidate.group === 'author')) {
      expect(entry.links.wired, entry.id).toMatch(/#:~:text=./);
    }
  });

  it('flags the article’s slips on the right people', () => {
    expect(byId.get('jakob-uszkoreit')?.slip?.en).toMatch(/Jokob/);
    expect(byId.get('aidan-gomez')?.slip?.en).toMatch(/Gomaz/);
    expect(byId.get('niki-parmar')?.slip?.zh).toMatch(/她/);
  });

  it('flags each typo of the article on the entry beside it, quoting the words as the article has them', () => {
    const typos: Record<string, string> = {
      'q-star': '关于Q*的问题时时',
      'llion-jones': '靠救济金工作',
      blockchain: '其它成员的的去向',
      modality: '将所有语音、视觉等所有模态',
      neurips: '是只是“还算ok”',
      siri: '2011年底',
    };
    // A quotation inside a quotation takes single quotes; the article's own quotes are double.
    const asInArticle = (text = '') => text.replace(/‘/g, '“').replace(/’/g, '”');
    for (const [id, words] of Object.entries(typos)) {
      expect(article, id).toContain(words);
      const slip = byId.get(id)?.slip;
      expect(asInArticle(slip?.zh), id).toContain(words);
      expect(asInArticle(slip?.en), id).toContain(words);
    }
  });
});

describe('the four imprecisions a claim-by-claim check found stay fixed', () => {
  it('does not say every man among the eight gets 哥 (Gomez is 割麦子)', () => {
    const joke = byId.get('niki-parmar')!.nickname!.joke;
    expect(joke.en).not.toMatch(/the men all|all the men|every man/i);
    expect(joke.zh).not.toContain('其他人都');
  });

  it('glosses 瓦斯 as the Mainland uses it, mine gas, not as kitchen gas', () => {
    const nickname = byId.get('ashish-vaswani')!.nickname!;
    expect(nickname.literal.zh).toContain('瓦斯爆炸');
    expect(nickname.literal.en).toMatch(/Taiwan/);
    expect(`${nickname.joke.en} ${nickname.literal.en}`).not.toMatch(/kitchen|everyday Chinese word/);
  });

  it('gives Hassabis and Jumper half of the 2024 chemistry Nobel, and Baker the other half', () => {
    const bio = byId.get('alphafold')!.bio;
    expect(bio.en).toMatch(/half of the 2024 Nobel Prize in Chemistry/);
    expect(bio.en).toContain('David Baker');
    expect(bio.zh).toContain('一半');
  });

  it('links the Dota 2 card to the game, not to OpenAI Five', () => {
    expect(byId.get('dota-2')!.links.wikipedia).toBe('https://en.wikipedia.org/wiki/Dota_2');
  });
});

describe('compileGlossary rejects a bad glossary, naming the entry', () => {
  it('a missing field', () => {
    const compile = broken((entries) => delete (entries[1] as Partial<GlossaryEntry>).bio);
    expect(compile).toThrow(GlossaryError);
    expect(compile).toThrow(new RegExp(`people.json: entry "${raw.entries[1]!.id}".*bio`));
  });

  it('an alias that another entry already has', () => {
    const compile = broken((entries) => entries[2]!.aliases.zh.push(entries[0]!.aliases.zh[0] ?? '沙哥'));
    expect(compile).toThrow(new RegExp(`entry "${raw.entries[2]!.id}": alias`));
  });

  it('a link that is not https', () => {
    const compile = broken((entries) => (entries[0]!.links.wikipedia = 'http://en.wikipedia.org/wiki/X'));
    expect(compile).toThrow(new RegExp(`entry "${raw.entries[0]!.id}".*links/wikipedia`));
  });

  it('a malformed date', () => {
    const compile = broken((entries) => (entries[3]!.bio.asOf = '2024-13-01'));
    expect(compile).toThrow(new RegExp(`entry "${raw.entries[3]!.id}".*bio/asOf`));
  });

  it('an id used twice, across files', () => {
    const twin = { name: 'zz-twin.json', raw: { version: 1, entries: [{ ...raw.entries[0]!, aliases: { zh: [], latin: [], en: [] } }] } };
    expect(() => compileGlossary([...files, twin])).toThrow(new RegExp(`entry "${raw.entries[0]!.id}": the id is used twice`));
  });

  it('a missing language', () => {
    const compile = broken((entries) => delete (entries[0]!.role as Partial<{ zh: string }>).zh);
    expect(compile).toThrow(/role.*zh/);
  });
});

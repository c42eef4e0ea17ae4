/**
 * The page script's formatter says what i18next says: for every key of the sections it carries, in
 * every interface language, with every count a page can plausibly show and with real and awkward
 * values. i18next is the oracle, given the whole of locales/ as the extension pages give it.
 */
import glossary from 'virtual:glossary';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import { citationSummary } from '../app/profiles/citation-summary';
import { CITATIONS } from '../citations/citations';
import { annotatorTranslator } from './annotator-strings';
import { createI18n, UI_LANGUAGES } from './i18n';
import { traditionalConverter } from './traditional';

const LOCALES = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const toTraditional = traditionalConverter(glossary.traditional);

/** Every key of the page script's sections as code asks for it: title_one and title_other are 'toolbar.title', asked with a count. */
function keysOf(section: 'toolbar' | 'citation'): Array<{ key: string; counted: boolean }> {
  const names = Object.keys(en[section]);
  return [...new Set(names.map((name) => name.replace(PLURAL_SUFFIX, '')))].map((name) => ({
    key: `${section}.${name}`,
    counted: names.some((other) => other !== name && other.replace(PLURAL_SUFFIX, '') === name),
  }));
}

const KEYS = [...keysOf('toolbar'), ...keysOf('citation')];
const COUNTS = Array.from({ length: 31 }, (_, count) => count);

describe.each(UI_LANGUAGES)('the page script’s strings in %s', (language) => {
  const i18n = createI18n(language, LOCALES);
  const t = annotatorTranslator(language);
  const summaries = [
    ...CITATIONS.slice(0, 3).map((citation) => citationSummary(citation, language, toTraditional)),
    '',
    'Wired: $& and $1 stay as written',
    'a summary that writes {{count}} itself',
  ];

  it('covers both sections, a counted key among them', () => {
    expect(KEYS.map(({ key }) => key.split('.')[0])).toEqual(expect.arrayContaining(['toolbar', 'citation']));
    expect(KEYS.some(({ counted }) => counted)).toBe(true);
  });

  it.each(KEYS)('$key is worded as i18next words it, with and without a count', ({ key }) => {
    const cases = [...summaries.map((summary) => ({ summary })), ...COUNTS.flatMap((count) => summaries.map((summary) => ({ count, summary })))];
    for (const values of cases) expect(t(key, values), JSON.stringify(values)).toBe(i18n.t(key, values));
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATOR_STRINGS } from '../../src/i18n/annotator-strings';
import { CARD_STRINGS } from '../../src/i18n/card-strings';
import { PAGE_STRINGS } from '../../src/i18n/page-strings';
import { pickUiLanguage } from '../../src/i18n/i18n';

/** The folders whose code runs in the page script (annotator.js), which formats its own few strings. */
const PAGE_SCRIPT_SOURCES = ['src/app', 'src/annotate', 'src/citations'];
/** The folders whose code draws the cards and the cast (card-ui.js, with i18next). */
const CARD_UI_SOURCES = ['src/card', 'src/roster'];
/** The folders whose code draws the extension's own pages (popup, options, reader view). */
const PAGE_SOURCES = ['src/popup', 'src/options', 'src/reader', 'src/settings', 'src/article', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/reader'];

/** The locale keys a folder's code asks for: t('popup.title'), and keys it hands on as data ('card.inArticle'). */
function keysUsedIn(folders: string[], sections: string): Set<string> {
  const literal = new RegExp(`\\bt\\('([\\w.]+)'|'((?:${sections})\\.\\w+)'`, 'g');
  return new Set(folders.flatMap(sourceFiles).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((match) => (match[1] ?? match[2])!)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

function flatten(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  const english = new Map(flatten(en));

  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ])('%s has exactly the keys en has, each a non-empty string with the same placeholders', (_name, locale) => {
    const strings = new Map(flatten(locale));
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of strings) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(value as string), key).toEqual(placeholders(english.get(key) as string));
    }
  });

  /** The card and cast keys the page script hands card-ui.js as data (a profile's 'card.inArticle'). */
  const handedToCards = [...keysUsedIn(PAGE_SCRIPT_SOURCES, 'card|roster')].filter((key) => /^(card|roster)\./.test(key));

  it.each([
    // Asked of the page script's formatter: only its own sections (a card key asked there is missing).
    ['the page script', ANNOTATOR_STRINGS, keysUsedIn(PAGE_SCRIPT_SOURCES, 'citation|toolbar'), 3],
    ['the cards and the cast', CARD_STRINGS, new Set([...keysUsedIn(CARD_UI_SOURCES, 'card|roster'), ...handedToCards]), 20],
    ['the extension pages', PAGE_STRINGS, keysUsedIn(PAGE_SOURCES, 'popup|options|reader'), 20],
  ])('gives %s every string its code asks for, in every language', (_name, bundled, keys, atLeast) => {
    expect(keys.size).toBeGreaterThanOrEqual(atLeast);
    for (const [language, strings] of Object.entries(bundled)) {
      const available = new Set(flatten(strings).map(([key]) => key));
      // A key asked for with a count is found by i18next under its plural forms (title_one, title_other).
      for (const key of keys) expect(available.has(key) || available.has(`${key}_other`), `${language}: ${key}`).toBe(true);
    }
  });

  it('zh-TW is written in Traditional characters', () => {
    expect(zhTW.manifest.name).toContain('解碼');
    expect(zhCN.manifest.name).toContain('解码');
  });

  it('follows the browser language, unless the reader chose one', () => {
    expect(pickUiLanguage('zh-CN')).toBe('zh-CN');
    expect(pickUiLanguage('zh')).toBe('zh-CN');
    expect(pickUiLanguage('zh-TW')).toBe('zh-TW');
    expect(pickUiLanguage('zh-HK')).toBe('zh-TW');
    expect(pickUiLanguage('zh-Hant-TW')).toBe('zh-TW');
    expect(pickUiLanguage('en-US')).toBe('en');
    expect(pickUiLanguage('de')).toBe('en');
    expect(pickUiLanguage(undefined)).toBe('en');
    expect(pickUiLanguage('en-US', 'zh-TW')).toBe('zh-TW');
    expect(pickUiLanguage('zh-CN', 'en')).toBe('en');
  });
});

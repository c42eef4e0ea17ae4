/**
 * The reader's settings, in the extension's local storage. Whatever is stored is read through
 * parseSettings(), so a corrupt or foreign value falls back to the defaults instead of breaking
 * the extension.
 */
import type { Category } from '../glossary/types';
import { UI_LANGUAGES, type UiLanguagePreference } from '../i18n/languages';
import { storedValue } from './stored-value';

export interface Settings {
  /** Show an inline English gloss after every nickname (沙哥 (Noam Shazeer)). */
  glosses: boolean;
  /** Which kinds of glossary entries get marks and cards. */
  categories: Record<Category, boolean>;
  /** The interface language, or 'auto' to follow the browser. */
  uiLanguage: UiLanguagePreference;
  /** Annotate the article wherever it is detected, or only on WeChat, qbitai.com and Wired. */
  runOn: RunOn;
  /** Text size of the reader view, in CSS pixels. */
  readerFontSize: number;
}

export type RunOn = 'everywhere' | 'known-homes';
export const READER_FONT_SIZES = { min: 14, max: 28, step: 2 } as const;

export const CATEGORIES: readonly Category[] = ['person', 'organisation', 'work', 'term'];

/** People are what the article's nicknames are about; the rest is opt-in, to keep the page calm. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  glosses: false,
  categories: Object.freeze({ person: true, organisation: false, work: false, term: false }),
  uiLanguage: 'auto',
  runOn: 'everywhere',
  readerFontSize: 18,
});

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Any stored value in, valid settings out: each field keeps its value only if it has the right type. */
export function parseSettings(stored: unknown): Settings {
  const record = asRecord(stored);
  const storedCategories = asRecord(record.categories);
  const categories = {} as Record<Category, boolean>;
  for (const category of CATEGORIES) {
    const value = storedCategories[category];
    categories[category] = typeof value === 'boolean' ? value : DEFAULT_SETTINGS.categories[category];
  }
  const { uiLanguage, runOn, readerFontSize } = record;
  return {
    glosses: typeof record.glosses === 'boolean' ? record.glosses : DEFAULT_SETTINGS.glosses,
    categories,
    uiLanguage:
      uiLanguage === 'auto' || (UI_LANGUAGES as readonly unknown[]).includes(uiLanguage)
        ? (uiLanguage as UiLanguagePreference)
        : DEFAULT_SETTINGS.uiLanguage,
    runOn: runOn === 'everywhere' || runOn === 'known-homes' ? runOn : DEFAULT_SETTINGS.runOn,
    readerFontSize:
      typeof readerFontSize === 'number' &&
      Number.isInteger(readerFontSize) &&
      readerFontSize >= READER_FONT_SIZES.min &&
      readerFontSize <= READER_FONT_SIZES.max
        ? readerFontSize
        : DEFAULT_SETTINGS.readerFontSize,
  };
}

const settingsItem = storedValue('settings');

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.get());
  } catch {
    return parseSettings(undefined);
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.set(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/**
 * The reader's settings, in the extension's local storage. Whatever is stored is read through
 * parseSettings(), so a corrupt or foreign value falls back to the defaults, field by field,
 * instead of breaking the extension.
 *
 * Each field has a storage key of its own ('settings.glosses', 'settings.categories.term', …),
 * and saving a change writes only the fields it changes, in one storage.local.set(). No save
 * reads the other fields to write them back, so no save can undo another with a stale copy:
 * not three boxes ticked faster than the page redraws, and not the popup and the options page
 * saving at the same moment. A queue inside one page would have covered only that page, and
 * browser storage has no compare-and-set to check a read-modify-write against other pages.
 */
import type { Category } from '../glossary/types';
import { UI_LANGUAGES, type UiLanguagePreference } from '../i18n/languages';
import { storedFields } from './stored-value';

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

/** The key of each field; each category is a field of its own. */
const FIELD_KEYS = {
  glosses: 'settings.glosses',
  uiLanguage: 'settings.uiLanguage',
  runOn: 'settings.runOn',
  readerFontSize: 'settings.readerFontSize',
} as const satisfies Record<Exclude<keyof Settings, 'categories'>, string>;
const categoryKey = (category: Category) => `settings.categories.${category}`;
/**
 * Earlier versions kept all the settings in one object under this key. It is still read, under
 * the fields saved since, and never written or removed: moving it into the new keys would be a
 * read-modify-write of its own, able to undo a change another page saves meanwhile.
 */
const EARLIER_KEY = 'settings';

const settingsFields = storedFields([EARLIER_KEY, ...Object.values(FIELD_KEYS), ...CATEGORIES.map(categoryKey)]);

/** A change to some settings: any fields, and any categories without the others. */
export type SettingsChange = Partial<Omit<Settings, 'categories'>> & { categories?: Partial<Settings['categories']> };

/** The storage entries that save a change, each value already checked as parseSettings() would. */
function storageEntries(change: SettingsChange): Record<string, unknown> {
  const valid = parseSettings(change);
  const entries: Record<string, unknown> = {};
  for (const field of Object.keys(FIELD_KEYS) as (keyof typeof FIELD_KEYS)[]) {
    if (change[field] !== undefined) entries[FIELD_KEYS[field]] = valid[field];
  }
  const categories = asRecord(change.categories);
  for (const category of CATEGORIES) {
    if (categories[category] !== undefined) entries[categoryKey(category)] = valid.categories[category];
  }
  return entries;
}

/** The settings that storage entries hold: each field as saved, else as an earlier version saved it. */
function settingsFromEntries(entries: Record<string, unknown>): Settings {
  const earlier = asRecord(entries[EARLIER_KEY]);
  const merged: Record<string, unknown> = { ...earlier, categories: { ...asRecord(earlier.categories) } };
  for (const [field, key] of Object.entries(FIELD_KEYS)) {
    if (entries[key] !== undefined) merged[field] = entries[key];
  }
  for (const category of CATEGORIES) {
    const value = entries[categoryKey(category)];
    if (value !== undefined) (merged.categories as Record<string, unknown>)[category] = value;
  }
  return parseSettings(merged);
}

/** The settings once a change is saved on top of them: what a page shows before storage confirms it. */
export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  return settingsFromEntries({ ...storageEntries(settings), ...storageEntries(change) });
}

export async function loadSettings(): Promise<Settings> {
  try {
    return settingsFromEntries(await settingsFields.get());
  } catch {
    return parseSettings(undefined);
  }
}

/** Saves the fields a change names, and only those; resolves to the settings stored afterwards. */
export async function updateSettings(change: SettingsChange): Promise<Settings> {
  const entries = storageEntries(change);
  if (Object.keys(entries).length > 0) await settingsFields.set(entries);
  return loadSettings();
}

/** Calls back with the whole settings after each change, whichever page saved it. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let asked = 0;
  let told = 0;
  let stopped = false;
  const stopWatching = settingsFields.watch(() => {
    const ask = ++asked;
    void loadSettings().then((settings) => {
      // Reads are answered in order; should one ever overtake another, the older state stays untold.
      if (stopped || ask < told) return;
      told = ask;
      callback(settings);
    });
  });
  return () => {
    stopped = true;
    stopWatching();
  };
}

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

export const CATEGORIES: readonly Category[] = ['person', 'organisation', 'work', 'term', 'slang'];

/** People are what the article's nicknames are about; the rest, slang included, is opt-in, to keep the page calm. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  glosses: false,
  categories: Object.freeze({ person: true, organisation: false, work: false, term: false, slang: false }),
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

/** The fields stored each under a key of its own: settings.glosses, …, settings.categories.term. */
const FIELD_PATHS: readonly (readonly string[])[] = [
  ...['glosses', 'uiLanguage', 'runOn', 'readerFontSize'].map((field) => [field]),
  ...CATEGORIES.map((category) => ['categories', category]),
];
const keyOf = (path: readonly string[]) => ['settings', ...path].join('.');
/**
 * Earlier versions kept all the settings in one object under this key. It is still read, under
 * the fields saved since, and never written or removed: moving it into the new keys would be a
 * read-modify-write of its own, able to undo a change another page saves meanwhile.
 */
const EARLIER_KEY = 'settings';

const settingsFields = storedFields([EARLIER_KEY, ...FIELD_PATHS.map(keyOf)]);

/** A change to some settings: any fields, and any categories without the others. */
export type SettingsChange = Partial<Omit<Settings, 'categories'>> & { categories?: Partial<Settings['categories']> };

/** The value at a field's path, or undefined. */
const fieldAt = (value: unknown, path: readonly string[]): unknown => path.reduce<unknown>((at, name) => asRecord(at)[name], value);

/** The storage entries that save a change, each value already checked as parseSettings() would. */
function storageEntries(change: SettingsChange): Record<string, unknown> {
  const valid = parseSettings(change);
  const entries: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) if (fieldAt(change, path) !== undefined) entries[keyOf(path)] = fieldAt(valid, path);
  return entries;
}

/** The settings that storage entries hold: each field as saved, else as an earlier version saved it. */
function settingsFromEntries(entries: Record<string, unknown>): Settings {
  const earlier = asRecord(entries[EARLIER_KEY]);
  const merged = { ...earlier, categories: { ...asRecord(earlier.categories) } };
  for (const path of FIELD_PATHS) {
    const value = entries[keyOf(path)];
    // A field's parent in merged is merged itself or its own copy of categories: safe to write.
    if (value != null) asRecord(fieldAt(merged, path.slice(0, -1)))[path[path.length - 1]!] = value;
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

/** Saves the fields a change names, and only those. */
export async function updateSettings(change: SettingsChange): Promise<void> {
  await settingsFields.set(storageEntries(change));
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

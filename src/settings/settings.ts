/**
 * The reader's settings, stored with @wxt-dev/storage. Whatever is stored is read through
 * parseSettings(), so a corrupt or foreign value falls back to the defaults instead of breaking
 * the extension.
 */
import { storage } from 'wxt/utils/storage';
import type { Category } from '../glossary/types';

export interface Settings {
  /** Show an inline English gloss after every nickname (沙哥 (Noam Shazeer)). */
  glosses: boolean;
  /** Which kinds of glossary entries get marks and cards. */
  categories: Record<Category, boolean>;
}

export const CATEGORIES: readonly Category[] = ['person', 'organisation', 'work', 'term'];

/** People are what the article's nicknames are about; the rest is opt-in, to keep the page calm. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  glosses: false,
  categories: Object.freeze({ person: true, organisation: false, work: false, term: false }),
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
  return {
    glosses: typeof record.glosses === 'boolean' ? record.glosses : DEFAULT_SETTINGS.glosses,
    categories,
  };
}

const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings(undefined);
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

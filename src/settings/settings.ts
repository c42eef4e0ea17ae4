/**
 * The reader's settings, stored with @wxt-dev/storage. Whatever is stored is read through
 * parseSettings(), so a corrupt or foreign value falls back to the defaults instead of breaking
 * the extension.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Show an inline English gloss after every nickname (沙哥 (Noam Shazeer)). */
  glosses: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ glosses: false });

/** Any stored value in, valid settings out: each field keeps its value only if it has the right type. */
export function parseSettings(stored: unknown): Settings {
  const record = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  const glosses = (record as Record<string, unknown>).glosses;
  return { glosses: typeof glosses === 'boolean' ? glosses : DEFAULT_SETTINGS.glosses };
}

const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/**
 * One value in the extension's local storage: read, written and watched through the browser's own
 * API. @wxt-dev/storage did the same with versioning and metadata we never used, at about 3 KB
 * gzipped in each of the three bundles that read settings (background, annotator, pages).
 * Values are returned as stored (unknown): callers validate what they read.
 */
import { browser } from 'wxt/browser';

export interface StoredValue {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
  /** Calls back with each new value (undefined once removed); returns a function that stops watching. */
  watch(callback: (value: unknown) => void): () => void;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

export function storedValue(key: string): StoredValue {
  return {
    async get() {
      return (await browser.storage.local.get(key))[key];
    },
    set: (value) => browser.storage.local.set({ [key]: value }),
    watch(callback) {
      const listener = (changes: StorageChanges, area: string) => {
        // A removal has no newValue in browsers and null in WXT's fake one: both mean nothing stored.
        if (area === 'local' && key in changes) callback(changes[key]!.newValue ?? undefined);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

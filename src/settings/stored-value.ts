/**
 * Values in the extension's local storage: read, written and watched through the browser's own
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

/** A group of keys read together; each write sets some of them at once, in one storage operation. */
export interface StoredFields {
  /** The keys of the group that hold a value, with their values (a key with none may be absent). */
  get(): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
  /** Calls back whenever any key of the group changes; returns a function that stops watching. */
  watch(callback: () => void): () => void;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

function watchKeys(keys: readonly string[], callback: (changes: StorageChanges) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function storedValue(key: string): StoredValue {
  return {
    async get() {
      return (await browser.storage.local.get(key))[key];
    },
    set: (value) => browser.storage.local.set({ [key]: value }),
    // A removal has no newValue in browsers and null in WXT's fake one: both mean nothing stored.
    watch: (callback) => watchKeys([key], (changes) => callback(changes[key]!.newValue ?? undefined)),
  };
}

export function storedFields(keys: readonly string[]): StoredFields {
  return {
    get: () => browser.storage.local.get([...keys]),
    set: (values) => browser.storage.local.set(values),
    watch: (callback) => watchKeys(keys, () => callback()),
  };
}

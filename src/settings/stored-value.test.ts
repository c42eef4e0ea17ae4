import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedValue } from './stored-value';

describe('a stored value', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what was written, and undefined before anything was', async () => {
    const value = storedValue('example');
    expect(await value.get()).toBeUndefined();
    await value.set({ a: 1 });
    expect(await value.get()).toEqual({ a: 1 });
    expect(await fakeBrowser.storage.local.get('example')).toEqual({ example: { a: 1 } });
  });

  it('tells a watcher of changes to its own key only, until it stops watching', async () => {
    const value = storedValue('example');
    const seen: unknown[] = [];
    const stop = value.watch((next) => seen.push(next));
    await value.set('first');
    await fakeBrowser.storage.local.set({ other: 'ignored' });
    await fakeBrowser.storage.local.remove('example');
    stop();
    await value.set('after stopping');
    expect(seen).toEqual(['first', undefined]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedFields, storedValue } from './stored-value';

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

describe('a group of stored values', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the keys of the group that hold a value, and writes several at once', async () => {
    const group = storedFields(['a', 'b', 'c']);
    expect(await group.get()).toEqual({});
    await fakeBrowser.storage.local.set({ other: 1 });
    await group.set({ a: 1, b: 'two' });
    expect(await group.get()).toEqual({ a: 1, b: 'two' });
  });

  it('tells a watcher of changes to its keys only, once per write, until it stops watching', async () => {
    const group = storedFields(['a', 'b']);
    let changes = 0;
    const stop = group.watch(() => changes++);
    await group.set({ a: 1, b: 2 });
    await fakeBrowser.storage.local.set({ other: 'ignored' });
    await fakeBrowser.storage.local.remove('b');
    stop();
    await group.set({ a: 3 });
    expect(changes).toBe(2);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, updateSettings } from './settings';

describe('parseSettings', () => {
  it('keeps valid values', () => {
    expect(parseSettings({ glosses: true })).toEqual({ glosses: true });
  });

  it.each([null, undefined, 'yes', 42, [], { glosses: 'true' }, { glosses: 1 }, { other: true }])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ glosses: false });
  });

  it('reads defaults when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ settings: '{not json' });
    expect(await loadSettings()).toEqual({ glosses: false });
  });

  it('persists a change', async () => {
    await updateSettings({ glosses: true });
    expect(await loadSettings()).toEqual({ glosses: true });
  });
});

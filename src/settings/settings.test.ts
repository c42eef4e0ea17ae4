import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, updateSettings } from './settings';

const DEFAULTS = {
  glosses: false,
  categories: { person: true, organisation: false, work: false, term: false },
  uiLanguage: 'auto',
  runOn: 'everywhere',
  readerFontSize: 18,
};

describe('parseSettings', () => {
  it('keeps valid values', () => {
    const stored = {
      glosses: true,
      categories: { person: false, organisation: true, work: true, term: false },
      uiLanguage: 'zh-TW',
      runOn: 'known-homes',
      readerFontSize: 22,
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('has people on and the other categories off by default', () => {
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
  });

  it.each([
    null, undefined, 'yes', 42, [], { glosses: 'true' }, { glosses: 1 }, { other: true }, { categories: 'all' },
    { categories: [true] }, { uiLanguage: 'fr' }, { uiLanguage: 7 }, { runOn: 'nowhere' }, { readerFontSize: 99 },
    { readerFontSize: '18' }, { readerFontSize: 17.5 },
  ])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(parseSettings(stored)).toEqual(DEFAULTS);
    },
  );

  it('repairs field by field: a bad value does not cost the good ones', () => {
    expect(parseSettings({ glosses: true, categories: { person: 'no', term: true }, runOn: 'mars' })).toEqual({
      ...DEFAULTS,
      glosses: true,
      categories: { person: true, organisation: false, work: false, term: true },
    });
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  it('reads defaults when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ settings: '{not json' });
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  it('persists a change and keeps the rest', async () => {
    await updateSettings({ glosses: true });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, glosses: true });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, updateSettings, watchSettings, type Settings } from './settings';

const DEFAULTS = {
  glosses: false,
  categories: { person: true, organisation: false, work: false, term: false, slang: false },
  uiLanguage: 'auto',
  runOn: 'everywhere',
  readerFontSize: 18,
};

describe('parseSettings', () => {
  it('keeps valid values', () => {
    const stored = {
      glosses: true,
      categories: { person: false, organisation: true, work: true, term: false, slang: true },
      uiLanguage: 'zh-TW',
      runOn: 'known-homes',
      readerFontSize: 22,
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('has people on and the other categories, slang among them, off by default', () => {
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
      categories: { person: true, organisation: false, work: false, term: true, slang: false },
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

describe('settings changed at the same time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every one of several changes saved at once', async () => {
    await Promise.all([
      updateSettings({ glosses: true }),
      updateSettings({ readerFontSize: 22 }),
      updateSettings({ runOn: 'known-homes' }),
      updateSettings({ uiLanguage: 'zh-CN' }),
    ]);
    expect(await loadSettings()).toEqual({ ...DEFAULTS, glosses: true, readerFontSize: 22, runOn: 'known-homes', uiLanguage: 'zh-CN' });
  });

  it('keeps every category of several changes saved at once', async () => {
    await Promise.all([
      updateSettings({ categories: { person: false } }),
      updateSettings({ categories: { term: true } }),
      updateSettings({ glosses: true }),
      updateSettings({ categories: { work: true } }),
    ]);
    expect(await loadSettings()).toEqual({ ...DEFAULTS, glosses: true, categories: { person: false, organisation: false, work: true, term: true, slang: false } });
  });

  it('applies a later change to a field over an earlier one', async () => {
    await Promise.all([updateSettings({ categories: { term: true } }), updateSettings({ categories: { term: false } })]);
    expect((await loadSettings()).categories.term).toBe(false);
  });
});

describe('settings stored by earlier versions, in one object', () => {
  beforeEach(() => fakeBrowser.reset());

  const EARLIER = {
    glosses: true,
    categories: { person: false, organisation: true, work: false, term: true },
    uiLanguage: 'zh-TW',
    runOn: 'known-homes',
    readerFontSize: 24,
  };

  /** What they read as: slang came later, so it is off. */
  const EARLIER_READ = { ...EARLIER, categories: { ...EARLIER.categories, slang: false } };

  it('reads them, with the categories added since at their defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: EARLIER });
    expect(await loadSettings()).toEqual(EARLIER_READ);
  });

  it('keeps them when a change is saved', async () => {
    await fakeBrowser.storage.local.set({ settings: EARLIER });
    await Promise.all([updateSettings({ categories: { work: true } }), updateSettings({ readerFontSize: 20 })]);
    expect(await loadSettings()).toEqual({ ...EARLIER_READ, categories: { ...EARLIER_READ.categories, work: true }, readerFontSize: 20 });
  });

  it('repairs them field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { glosses: 'yes', categories: { term: true, work: 3 }, runOn: 'known-homes', legacyTheme: 'sepia' } });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, categories: { ...DEFAULTS.categories, term: true }, runOn: 'known-homes' });
  });
});

describe('corrupt stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the default of each field that holds garbage, and keeps the others', async () => {
    await updateSettings({ glosses: true, readerFontSize: 26, runOn: 'known-homes', categories: { term: true, work: true } });
    await fakeBrowser.storage.local.set({
      'settings.readerFontSize': 'big',
      'settings.runOn': ['known-homes'],
      'settings.categories.work': 'yes',
      'settings.uiLanguage': 'fr',
    });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, glosses: true, categories: { ...DEFAULTS.categories, term: true } });
  });

  it('takes a field saved as garbage for its default, not for what an earlier version stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { glosses: true, readerFontSize: 24 }, 'settings.glosses': 'no' });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, readerFontSize: 24 });
  });

  it('saves the default for a value that is out of range', async () => {
    await updateSettings({ readerFontSize: 22 });
    await updateSettings({ readerFontSize: 99 });
    expect((await loadSettings()).readerFontSize).toBe(DEFAULTS.readerFontSize);
  });

  it('ignores other extension data in storage', async () => {
    await fakeBrowser.storage.local.set({ lastArticleUrl: 'https://example.com/', 'settings.unknown': 1 });
    expect(await loadSettings()).toEqual(DEFAULTS);
  });
});

describe('watching the settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells each watching page the whole settings after every change, from any page', async () => {
    const popup: Settings[] = [];
    const options: Settings[] = [];
    const stopPopup = watchSettings((settings) => popup.push(settings));
    const stopOptions = watchSettings((settings) => options.push(settings));
    await Promise.all([updateSettings({ categories: { term: true } }), updateSettings({ glosses: true })]);
    const both = { ...DEFAULTS, glosses: true, categories: { ...DEFAULTS.categories, term: true } };
    await vi.waitFor(() => expect(popup.at(-1)).toEqual(both));
    await vi.waitFor(() => expect(options.at(-1)).toEqual(both));
    stopPopup();
    stopOptions();
  });

  it('tells of settings written in the earlier layout, repaired', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { glosses: true, readerFontSize: 'huge' } });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ...DEFAULTS, glosses: true }));
    stop();
  });

  it('stays quiet about other data and after it stops', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ lastArticleUrl: 'https://example.com/' });
    stop();
    await updateSettings({ glosses: true });
    // A watcher still listening would have been told of this one by now.
    const other: Settings[] = [];
    const stopOther = watchSettings((settings) => other.push(settings));
    await updateSettings({ readerFontSize: 20 });
    await vi.waitFor(() => expect(other).toHaveLength(1));
    stopOther();
    expect(seen).toEqual([]);
  });
});

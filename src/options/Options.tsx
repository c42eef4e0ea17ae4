/** The options page: every setting, saved as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../card/Card';
import type { UiLanguagePreference } from '../i18n/i18n';
import { CATEGORY_LABELS } from '../settings/category-labels';
import { CATEGORIES, READER_FONT_SIZES, type RunOn } from '../settings/settings';
import { useSettings } from '../settings/use-settings';

/** Each language is named in itself, so a reader lost in the wrong one can still find theirs. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguagePreference, 'auto'>, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

export function Options({ t }: { t: Translate }) {
  const [settings, save] = useSettings();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [savedAt, setSavedAt] = useState(0);

  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(
        commands
          .filter((command) => command.name && !command.name.startsWith('_'))
          .map((command) => ({ name: command.name!, description: command.description ?? '', keys: command.shortcut ?? '' })),
      ),
    );
  }, []);

  const change = (update: Parameters<typeof save>[0]) => void save(update).then(() => setSavedAt(Date.now()));

  return (
    <main>
      <h1>{t('options.title')}</h1>

      <section>
        <h2>
          <label for="language">{t('options.language')}</label>
        </h2>
        <select
          id="language"
          value={settings.uiLanguage}
          onChange={(event) => change({ uiLanguage: event.currentTarget.value as UiLanguagePreference })}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          {Object.entries(LANGUAGE_NAMES).map(([value, name]) => (
            <option key={value} value={value} lang={value}>
              {name}
            </option>
          ))}
        </select>
      </section>

      <section>
        <label class="check">
          <input type="checkbox" name="glosses" checked={settings.glosses} onChange={(event) => change({ glosses: event.currentTarget.checked })} />
          <span>{t('options.glossesDefault')}</span>
        </label>
      </section>

      <fieldset>
        <legend>{t('options.categories')}</legend>
        {/* Each box saves only its own category: the others, as this render saw them, may be out of date. */}
        {CATEGORIES.map((category) => (
          <label class="check" key={category}>
            <input
              type="checkbox"
              name={`category-${category}`}
              checked={settings.categories[category]}
              onChange={(event) => change({ categories: { [category]: event.currentTarget.checked } })}
            />
            <span>{t(CATEGORY_LABELS[category])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options.runOn')}</legend>
        {(['everywhere', 'known-homes'] as RunOn[]).map((value) => (
          <label class="check" key={value}>
            <input type="radio" name="runOn" value={value} checked={settings.runOn === value} onChange={() => change({ runOn: value })} />
            <span>{value === 'everywhere' ? t('options.runEverywhere') : t('options.runKnownHomes')}</span>
          </label>
        ))}
      </fieldset>

      <section>
        <h2>
          <label for="reader-font-size">{t('options.readerFontSize')}</label>
        </h2>
        <input
          id="reader-font-size"
          type="number"
          min={READER_FONT_SIZES.min}
          max={READER_FONT_SIZES.max}
          step={READER_FONT_SIZES.step}
          value={settings.readerFontSize}
          onChange={(event) => change({ readerFontSize: Number(event.currentTarget.value) })}
        />
      </section>

      <section>
        <h2>{t('options.shortcuts')}</h2>
        <dl class="shortcuts">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name}>
              <dt>{shortcut.description}</dt>
              <dd>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : t('options.notSet')}</dd>
            </div>
          ))}
        </dl>
        <p class="help">{t('options.shortcutsHelp')}</p>
      </section>

      <p class="saved" role="status">
        {savedAt ? t('options.saved') : ''}
      </p>
    </main>
  );
}

/** The options page: every setting, saved as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../card/Card';
import type { Category } from '../glossary/types';
import type { UiLanguagePreference } from '../i18n/i18n';
import { CATEGORY_LABELS } from '../settings/category-labels';
import { CATEGORIES, READER_FONT_SIZES, type RunOn } from '../settings/settings';
import { useSettings } from '../settings/use-settings';
import { YourData } from './YourData';

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
  const [savedAt, setSavedAt] = useState(0);

  const change = (update: Parameters<typeof save>[0]) => void save(update).then(() => setSavedAt(Date.now()));

  return (
    <main>
      <h1>{t('options.title')}</h1>

      <LanguageChoice t={t} value={settings.uiLanguage} onChange={(uiLanguage) => change({ uiLanguage })} />

      <section>
        <label class="check">
          <input type="checkbox" name="glosses" checked={settings.glosses} onChange={(event) => change({ glosses: event.currentTarget.checked })} />
          <span>{t('options.glossesDefault')}</span>
        </label>
      </section>

      <Categories t={t} checked={settings.categories} onChange={(category, on) => change({ categories: { [category]: on } })} />

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

      <Shortcuts t={t} />

      <p class="saved" role="status">
        {savedAt ? t('options.saved') : ''}
      </p>

      <YourData t={t} />
    </main>
  );
}

/** The keyboard shortcuts as the browser has them now (the reader can change them there). */
function Shortcuts({ t }: { t: Translate }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(
        commands
          .filter((command) => command.name && !command.name.startsWith('_'))
          .map((command) => ({ name: command.name!, description: command.description ?? '', keys: command.shortcut ?? '' })),
      ),
    );
  }, []);
  return (
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
  );
}

/** One box per category; each saves only its own category (the others, as this render saw them, may be out of date). */
function Categories({ t, checked, onChange }: { t: Translate; checked: Record<Category, boolean>; onChange(category: Category, on: boolean): void }) {
  return (
    <fieldset>
      <legend>{t('options.categories')}</legend>
      {CATEGORIES.map((category) => (
        <label class="check" key={category}>
          <input
            type="checkbox"
            name={`category-${category}`}
            checked={checked[category]}
            onChange={(event) => onChange(category, event.currentTarget.checked)}
          />
          <span>{t(CATEGORY_LABELS[category])}</span>
        </label>
      ))}
    </fieldset>
  );
}

function LanguageChoice({ t, value, onChange }: { t: Translate; value: UiLanguagePreference; onChange(language: UiLanguagePreference): void }) {
  return (
    <section>
      <h2>
        <label for="language">{t('options.language')}</label>
      </h2>
      <select id="language" value={value} onChange={(event) => onChange(event.currentTarget.value as UiLanguagePreference)}>
        <option value="auto">{t('options.languageAuto')}</option>
        {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </section>
  );
}

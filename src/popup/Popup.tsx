/** The toolbar popup: what the current tab is, the gloss switch with its shortcut, the sources. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ARTICLE_REFERENCES } from '../article/references';
import type { Translate } from '../card/Card';
import type { ArticleInfo, ArticleInfoRequest } from '../messages';
import type { Category } from '../glossary/types';
import { CATEGORIES, DEFAULT_SETTINGS, loadSettings, updateSettings, watchSettings, type Settings } from '../settings/settings';

const CATEGORY_LABELS: Record<Category, string> = {
  person: 'popup.categoryPerson',
  organisation: 'popup.categoryOrganisation',
  work: 'popup.categoryWork',
  term: 'popup.categoryTerm',
};

async function askCurrentTab(): Promise<ArticleInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const info = (await browser.tabs.sendMessage(tab.id, { type: 'qx:article-info' } satisfies ArticleInfoRequest)) as
      | ArticleInfo
      | undefined;
    return info ?? null;
  } catch {
    return null; // No annotator in this tab: not the article.
  }
}

async function glossShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === 'toggle-glosses')?.shortcut ?? '';
}

export function Popup({ t }: { t: Translate }) {
  const [info, setInfo] = useState<ArticleInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcut, setShortcut] = useState('');

  useEffect(() => {
    void askCurrentTab().then(setInfo);
    void loadSettings().then(setSettings);
    void glossShortcut().then(setShortcut);
    return watchSettings(setSettings);
  }, []);

  const status =
    info === undefined ? '' : info === null ? t('popup.notDetected') : info.kind === 'wired' ? t('popup.detectedWired') : t('popup.detectedQbitai');

  return (
    <main>
      <h1>{t('popup.title')}</h1>
      <p class="status" role="status" data-kind={info?.kind ?? 'none'}>
        {status}
        {info && <span class="count"> {t('popup.mentions', { count: info.mentionCount })}</span>}
      </p>
      <label class="switch">
        <input
          type="checkbox"
          name="glosses"
          checked={settings.glosses}
          onChange={(event) => void updateSettings({ glosses: event.currentTarget.checked }).then(setSettings)}
        />
        <span>{info?.kind === 'wired' ? t('popup.glossesWired') : t('popup.glosses')}</span>
      </label>
      <p class="shortcut">{shortcut ? t('popup.shortcut', { keys: shortcut }) : t('popup.noShortcut')}</p>
      <fieldset class="categories">
        <legend>{t('popup.categories')}</legend>
        {CATEGORIES.map((category) => (
          <label class="switch" key={category}>
            <input
              type="checkbox"
              name={`category-${category}`}
              checked={settings.categories[category]}
              onChange={(event) =>
                void updateSettings({
                  categories: { ...settings.categories, [category]: event.currentTarget.checked },
                }).then(setSettings)
              }
            />
            <span>{t(CATEGORY_LABELS[category])}</span>
          </label>
        ))}
      </fieldset>
      <h2>{t('popup.sources')}</h2>
      <ul class="sources">
        {ARTICLE_REFERENCES.map((reference) => (
          <li key={reference.number}>
            <a href={reference.url} target="_blank" rel="noopener noreferrer">
              {t(reference.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** The toolbar popup: what the current tab is, quick switches, the reader view and cast, the sources. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ARTICLE_REFERENCES } from '../article/references';
import type { Translate } from '../card/Card';
import type { ArticleKind } from '../detect/detect';
import type { Category } from '../glossary/types';
import type { ArticleInfo, ArticleInfoRequest, ToggleRosterMessage } from '../messages';
import { CATEGORY_LABELS } from '../settings/category-labels';
import { CATEGORIES } from '../settings/settings';
import { useSettings } from '../settings/use-settings';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askTab(tabId: number | undefined): Promise<ArticleInfo | null> {
  if (tabId === undefined) return null;
  try {
    const info = (await browser.tabs.sendMessage(tabId, { type: 'qx:article-info' } satisfies ArticleInfoRequest)) as ArticleInfo | undefined;
    return info ?? null;
  } catch {
    return null; // No annotator in this tab: not the article.
  }
}

async function shortcutsByCommand(): Promise<Record<string, string>> {
  const commands = await browser.commands.getAll();
  return Object.fromEntries(commands.map((command) => [command.name ?? '', command.shortcut ?? '']));
}

/** What the popup says on each kind of page: the Chinese article explains nicknames, Wired shows them. */
const KIND_STRINGS: Record<ArticleKind, { detected: string; glosses: string }> = {
  qbitai: { detected: 'popup.detectedQbitai', glosses: 'popup.glosses' },
  wired: { detected: 'popup.detectedWired', glosses: 'popup.glossesWired' },
};

/** What the popup says about the current tab: undefined while it is still asking. */
function statusOf(info: ArticleInfo | null | undefined, t: Translate): string {
  if (info === undefined) return '';
  if (info === null) return t('popup.notDetected');
  if (info.tooLarge) return t('popup.tooLarge', { elements: info.tooLarge.limits.elements, characters: info.tooLarge.limits.characters });
  return t(KIND_STRINGS[info.kind].detected);
}

/** The article's own reference list, as links. */
function Sources({ t }: { t: Translate }) {
  return (
    <>
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
    </>
  );
}

/** One switch per category; each saves only its own category (the others, as this render saw them, may be out of date). */
function CategorySwitches({ t, checked, onChange }: { t: Translate; checked: Record<Category, boolean>; onChange(category: Category, on: boolean): void }) {
  return (
    <fieldset class="categories">
      <legend>{t('popup.categories')}</legend>
      {CATEGORIES.map((category) => (
        <label class="switch" key={category}>
          <input type="checkbox" name={`category-${category}`} checked={checked[category]} onChange={(event) => onChange(category, event.currentTarget.checked)} />
          <span>{t(CATEGORY_LABELS[category])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Popup({ t }: { t: Translate }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [info, setInfo] = useState<ArticleInfo | null | undefined>(undefined);
  const [settings, save] = useSettings();
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});

  useEffect(() => {
    void activeTabId().then((id) => {
      setTabId(id);
      return askTab(id).then(setInfo);
    });
    void shortcutsByCommand().then(setShortcuts);
  }, []);

  const glossShortcut = shortcuts['toggle-glosses'];
  const openReader = () => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`) }).then(() => window.close());
  };
  const toggleCast = () => {
    if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'qx:toggle-roster' } satisfies ToggleRosterMessage).then(() => window.close());
  };

  return (
    <main>
      <h1>{t('popup.title')}</h1>
      <p class="status" role="status" data-kind={info?.kind ?? 'none'}>
        {statusOf(info, t)}
        {info && !info.tooLarge && <span class="count"> {t('popup.mentions', { count: info.mentionCount })}</span>}
      </p>
      {info && !info.tooLarge && (
        <div class="actions">
          <button type="button" class="open-reader" onClick={openReader}>
            {t('popup.openReader')}
          </button>
          <button type="button" class="show-cast" onClick={toggleCast}>
            {t('popup.showCast')}
          </button>
        </div>
      )}
      <label class="switch">
        <input type="checkbox" name="glosses" checked={settings.glosses} onChange={(event) => void save({ glosses: event.currentTarget.checked })} />
        <span>{t(KIND_STRINGS[info?.kind ?? 'qbitai'].glosses)}</span>
      </label>
      <p class="shortcut">{glossShortcut ? t('popup.shortcut', { keys: glossShortcut }) : t('popup.noShortcut')}</p>
      <CategorySwitches t={t} checked={settings.categories} onChange={(category, on) => void save({ categories: { [category]: on } })} />
      <Sources t={t} />
      <p class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </p>
    </main>
  );
}

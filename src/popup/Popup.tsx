/** The toolbar popup: what the current tab is, quick switches, the reader view and cast, the sources. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ARTICLE_REFERENCES } from '../article/references';
import type { Translate } from '../card/Card';
import type { ArticleKind } from '../detect/detect';
import type { Category } from '../glossary/types';
import type { ArticleInfo, ArticleInfoRequest, LookHereAnswer, LookHereRequest, ToggleRosterMessage } from '../messages';
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

/** How long, after the article was found, the annotator is given to start and answer. */
const ANNOTATOR_START_MS = 15_000;

/** The annotator's answer, asked again until it has started (it was only just injected). */
async function whenAnnotatorAnswers(tabId: number): Promise<ArticleInfo | null> {
  for (const deadline = Date.now() + ANNOTATOR_START_MS; Date.now() < deadline; ) {
    const info = await askTab(tabId);
    if (info) return info;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
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

/** Where the reader's own look for the article has got to. */
type Look = LookHereAnswer | 'looking';

const LOOK_STRINGS: Record<LookHereAnswer, string> = {
  found: 'popup.found',
  'not-found': 'popup.notFound',
  'not-allowed': 'popup.notAllowed',
  'known-homes-only': 'popup.knownHomesOnly',
};

/** What the popup says about the current tab: nothing while it is still asking. */
function statusOf(info: ArticleInfo | null | undefined, look: Look | undefined, t: Translate): string {
  if (info === undefined) return '';
  if (info === null) return !look || look === 'looking' ? t('popup.notDetected') : t(LOOK_STRINGS[look], { where: t('options.runKnownHomes') });
  if (info.tooLarge) return t('popup.tooLarge', { elements: info.tooLarge.limits.elements, characters: info.tooLarge.limits.characters });
  return t(KIND_STRINGS[info.kind].detected);
}

/**
 * The reader's own look for the article in a tab (the background runs the detector there, whatever
 * the page's title): where it has got to, and how to start it. Once the article is found, the
 * annotator's answer is handed on as if the popup had found it there on opening.
 */
function useLookHere(onAnnotator: (info: ArticleInfo | null) => void): [Look | undefined, (tabId: number) => void] {
  const [look, setLook] = useState<Look | undefined>(undefined);
  const start = async (tabId: number) => {
    setLook('looking');
    const answer = (await browser.runtime.sendMessage({ type: 'qx:look-here', tabId } satisfies LookHereRequest)) as LookHereAnswer;
    setLook(answer);
    if (answer === 'found') onAnnotator(await whenAnnotatorAnswers(tabId));
  };
  return [look, (tabId) => void start(tabId)];
}

/** Offered until the look has an answer other than "not here" (which may change once the page shows more). */
function LookHereButton({ t, look, onClick }: { t: Translate; look: Look | undefined; onClick(): void }) {
  if (look && look !== 'looking' && look !== 'not-found') return null;
  return (
    <div class="actions">
      <button type="button" class="look-here" disabled={look === 'looking'} onClick={onClick}>
        {t('popup.lookHere')}
      </button>
    </div>
  );
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
  const [look, lookHere] = useLookHere(setInfo);

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
        {statusOf(info, look, t)}
        {info && !info.tooLarge && <span class="count"> {t('popup.mentions', { count: info.mentionCount })}</span>}
      </p>
      {info === null && tabId !== undefined && <LookHereButton t={t} look={look} onClick={() => lookHere(tabId)} />}
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

/** The reader view: reader.html?tab=ID shows the article open in that tab, annotated. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ReaderContent } from '../../src/messages';
import { loadSharedAnnotator } from '../../src/reader/load-annotator';
import { PAGE_STRINGS } from '../../src/i18n/page-strings';
import { createI18n, pickUiLanguage } from '../../src/i18n/i18n';
import type { ReaderContentRequest } from '../../src/messages';
import { ReaderChrome } from '../../src/reader/ReaderChrome';
import { renderArticle } from '../../src/reader/render-article';
import '../../src/reader/reader.css';
import { loadSettings, updateSettings, watchSettings } from '../../src/settings/settings';

const browserLanguage = browser.i18n.getUILanguage();
const settings = await loadSettings();
const uiLanguage = pickUiLanguage(browserLanguage, settings.uiLanguage);
document.documentElement.lang = uiLanguage;
const i18n = createI18n(uiLanguage, PAGE_STRINGS);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values);
document.title = t('reader.title');

const status = document.getElementById('status')!;
const article = document.getElementById('article')!;
const applyFontSize = (size: number) => document.documentElement.style.setProperty('--reader-font-size', `${size}px`);
applyFontSize(settings.readerFontSize);

const tabId = Number(new URLSearchParams(location.search).get('tab'));
status.textContent = t('reader.loading');
const content = (await browser.tabs
  .sendMessage(tabId, { type: 'qx:reader-content' } satisfies ReaderContentRequest)
  .catch(() => null)) as ReaderContent | null;

if (!content) {
  status.textContent = t('reader.unavailable');
} else {
  status.textContent = '';
  document.title = `${content.title} · ${t('reader.title')}`;
  renderArticle(article, content.html);
  const { startAnnotatorSession } = await loadSharedAnnotator(browser.runtime.getURL('/annotator.js'), browser.runtime.getURL('/card-ui.js'));
  // The reader view lives as long as its tab: its session is never stopped.
  const session = await startAnnotatorSession(
    // The cast opens at once where the article leaves room for it (reader.css), not over the text on a phone.
    { doc: document, kind: content.kind, browserLanguage, scopeRoot: article, rosterOpen: matchMedia('(min-width: 1100px)').matches },
    new AbortController().signal,
  );
  const drawChrome = (fontSize: number) =>
    render(
      <ReaderChrome
        t={t}
        title={content.title}
        byline={content.byline}
        url={content.url}
        fontSize={fontSize}
        onFontSize={(size) => void updateSettings({ readerFontSize: size })}
        onToggleCast={() => session?.toggleRoster()}
      />,
      document.getElementById('chrome')!,
    );
  drawChrome(settings.readerFontSize);
  watchSettings((next) => {
    applyFontSize(next.readerFontSize);
    drawChrome(next.readerFontSize);
  });
}

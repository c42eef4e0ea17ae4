// @vitest-environment happy-dom
/**
 * The annotator's session with the real glossary, settings and passes, on a small article page:
 * how it starts and stops (a stop while starting leaves nothing behind), how it follows the
 * settings (a re-mark keeps the extracted article and never leaves the page bare), and the cast
 * (it counts only mentions still on the page).
 */
import glossary from 'virtual:glossary';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleScope } from '../extract/article-scope';
import { markingPart } from '../glossary/parts';
import { isMessage, type CardEntriesRequest, type GlossaryRequest } from '../messages';
import { loadSettings, updateSettings } from '../settings/settings';
import { cardUi } from '../card/card-ui';
import { provideCardUi } from '../card/card-ui-global';
import { startAnnotatorSession, type ArticleExtractor } from './session';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

// As if card-ui.js had run in this page already (on a page it arrives on the reader's first move).
provideCardUi(cardUi);

const ARTICLE = `
  <p id="one">沙哥在会上说，沙哥当年只是想改进自动补全。</p>
  <p id="two">后来沙哥和凯哥一起写了Tensor2Tensor。</p>
  <p id="three">谷歌大脑的人都知道这件事。</p>`;

function buildPage(): HTMLElement {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const article = document.createElement('article');
  // A test page built from a literal string, never from page content.
  // eslint-disable-next-line no-unsanitized/property
  article.innerHTML = ARTICLE;
  document.body.append(article);
  return article;
}

const elementsOf = (root: Element) => new Set([root, ...root.querySelectorAll('*')]);

/** A stand-in for finding the article: Readability's verdict is the article element and everything in it, counted. */
function fakeExtractor(article: HTMLElement) {
  const calls = { count: 0 };
  // As Readability's copy is, the verdict is taken from the page as it was before anything was marked.
  let verdict: ArticleScope | null = null;
  const extractor: ArticleExtractor = {
    locate: () => {
      verdict = { elements: elementsOf(article), title: 'test', byline: null, content: article.cloneNode(true) as Element };
      return 'nowhere';
    },
    read: () => {
      calls.count++;
      return verdict;
    },
  };
  return { extractor, calls };
}

const overlay = () => document.querySelector('qx-overlay');
const generation = () => Number(overlay()?.getAttribute('data-qx-generation') ?? 0);
const mentionsOf = (id: string) => new Set([...document.querySelectorAll<HTMLElement>(`qx-mention[data-qx-entry="${id}"]`)].map((m) => m.dataset.qxMention)).size;

async function settledAt(wanted: number): Promise<void> {
  await vi.waitFor(() => expect(generation()).toBeGreaterThanOrEqual(wanted));
}

/** Every session a test starts, stopped after it, so each test begins with a bare page. */
const running: AbortController[] = [];
function newSignal(): AbortSignal {
  const controller = new AbortController();
    running.push(controller);
  running.push(controller);
  return controller.signal;
}

beforeEach(async () => {
  fakeBrowser.reset();
  // As the background answers: the marking part first, the entries whole when the cards come.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage<GlossaryRequest>(message, 'qx:glossary')) return Promise.resolve(markingPart(glossary));
    if (isMessage<CardEntriesRequest>(message, 'qx:card-entries')) return Promise.resolve(glossary.entries);
    return undefined;
  });
});
afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
  expect(document.querySelector('qx-overlay')).toBeNull();
});

describe('starting and stopping', () => {
  it('marks the article and leaves the page as it found it when stopped', async () => {
    const article = buildPage();
    const before = document.documentElement.outerHTML;
    const controller = new AbortController();
    running.push(controller);
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, controller.signal);
    expect(session?.info()).toEqual({ kind: 'qbitai', mentionCount: 4 });
    expect(mentionsOf('noam-shazeer')).toBe(3);
    controller.abort();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a stop that arrives while the session is still starting leaves nothing behind, then or later', async () => {
    const article = buildPage();
    const before = document.documentElement.outerHTML;
    const controller = new AbortController();
    running.push(controller);
    const { extractor, calls } = fakeExtractor(article);
    // The stop comes while the session looks for the article (a client-side navigation).
    const stopping: ArticleExtractor = {
      ...extractor,
      locate(doc) {
        controller.abort();
        return extractor.locate(doc);
      },
    };
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: stopping }, controller.signal);
    expect(session).toBeNull();
    expect(calls.count).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    // Nothing is left listening either: a settings change marks nothing.
    await updateSettings({ categories: { ...(await loadSettings()).categories, organisation: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('two sessions in a row (a navigation) leave one overlay, the second one', async () => {
    const article = buildPage();
    const first = new AbortController();
    running.push(first);
    const starting = startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, first.signal);
    first.abort();
    const second = new AbortController();
    running.push(second);
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, second.signal);
    expect(await starting).toBeNull();
    expect(session).not.toBeNull();
    expect(document.querySelectorAll('qx-overlay')).toHaveLength(1);
    expect(document.querySelectorAll('style[data-qx]')).toHaveLength(1);
    expect(mentionsOf('noam-shazeer')).toBe(3);
  });
});

describe('Readability before marking', () => {
  /** The article in a wrapper that also holds a headline naming 沙哥: the located part, larger than the body. */
  function buildWrappedPage(): { wrapper: HTMLElement; article: HTMLElement } {
    const article = buildPage();
    const wrapper = document.createElement('div');
    const headline = document.createElement('h1');
    headline.textContent = '沙哥离开谷歌';
    wrapper.append(headline, article);
    document.body.append(wrapper);
    return { wrapper, article };
  }

  /** Every mention element taken out of the page while `during` runs. */
  async function mentionsRemovedDuring(during: () => Promise<unknown>): Promise<number> {
    let removed = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) removed += [...record.removedNodes].filter((node) => node.nodeName === 'QX-MENTION').length;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await during();
    removed += observer.takeRecords().flatMap((record) => [...record.removedNodes]).filter((node) => node.nodeName === 'QX-MENTION').length;
    observer.disconnect();
    return removed;
  }

  it('marks nothing before Readability has judged, and nothing outside the body it chose', async () => {
    const { wrapper, article } = buildWrappedPage();
    const { extractor } = fakeExtractor(article);
    let marksWhileJudging = -1;
    const judging: ArticleExtractor = {
      ...extractor,
      read(doc, location) {
        marksWhileJudging = document.querySelectorAll('qx-mention').length;
        return extractor.read(doc, location);
      },
    };
    const removed = await mentionsRemovedDuring(() => startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: judging }, newSignal()));
    expect(marksWhileJudging).toBe(0);
    // The headline naming 沙哥 is outside the body: never marked, so nothing had to be taken back.
    expect(wrapper.querySelector('h1 qx-mention')).toBeNull();
    expect(removed).toBe(0);
    expect(mentionsOf('noam-shazeer')).toBe(3);
    expect(generation()).toBe(1);
  });

  it('leaves the page as it found it when Readability finds no article after all', async () => {
    const { article } = buildWrappedPage();
    const before = document.documentElement.outerHTML;
    const { extractor } = fakeExtractor(article);
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: { ...extractor, read: () => null } }, newSignal());
    expect(session).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('following the settings', () => {
  it('re-marks on a category change without finding the article again, and never shows the page bare', async () => {
    const article = buildPage();
    const { extractor, calls } = fakeExtractor(article);
    await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor }, newSignal());
    expect(document.querySelector('qx-mention[data-qx-category="organisation"]')).toBeNull();

    // Every time the page's DOM changes are delivered, count the marks: a bare moment would show as 0.
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(document.querySelectorAll('qx-mention').length));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    const start = generation();
    await updateSettings({ categories: { ...(await loadSettings()).categories, organisation: true } });
    await settledAt(start + 1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the observer deliver
    observer.disconnect();

    expect(document.querySelector('qx-mention[data-qx-entry="google-brain"]')).not.toBeNull();
    expect(calls.count).toBe(1);
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(document.querySelectorAll('qx-overlay')).toHaveLength(1);
  });

  it('switches glosses in place', async () => {
    const article = buildPage();
    await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, newSignal());
    const start = generation();
    await updateSettings({ glosses: true });
    await settledAt(start + 1);
    expect([...document.querySelectorAll('qx-gloss')].map((gloss) => gloss.textContent)).toContain(' (Noam Shazeer)');
  });
});

describe('a change of interface language', () => {
  const shadow = () => overlay()!.shadowRoot!;
  /** Focuses Noam Shazeer's first mention, as Tab would, and waits for his card. */
  async function openCard(): Promise<Element> {
    document.querySelector('qx-mention[data-qx-entry="noam-shazeer"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(shadow().querySelector('.card')).not.toBeNull());
    return shadow().querySelector('.card')!;
  }

  it('re-marks, and the cards and the cast, drawn in English before, then speak the new language', async () => {
    const article = buildPage();
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, newSignal());
    expect((await openCard()).querySelector('.more')?.textContent).toBe(en.card.more);
    session!.toggleRoster();
    await vi.waitFor(() => expect(shadow().querySelector('.roster h2')?.textContent).toBe(en.roster.title));

    const start = generation();
    await updateSettings({ uiLanguage: 'zh-CN' });
    await settledAt(start + 1);
    expect((await openCard()).querySelector('.more')?.textContent).toBe(zhCN.card.more);
    await vi.waitFor(() => expect(shadow().querySelector('.roster h2')?.textContent).toBe(zhCN.roster.title));
  });
});

describe('the cast', () => {
  it('counts only the mentions still on the page after the page re-renders a paragraph', async () => {
    const article = buildPage();
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', extractor: fakeExtractor(article).extractor }, newSignal());
    session!.toggleRoster();
    const count = () => overlay()!.shadowRoot!.querySelector('.person[data-entry="noam-shazeer"] .count')?.textContent;
    await vi.waitFor(() => expect(count()).toBe('3'));

    const start = generation();
    // A framework re-renders the first paragraph with one 沙哥 fewer.
    document.getElementById('one')!.replaceChildren(document.createTextNode('沙哥在会上说，他当年只是想改进自动补全。'));
    await settledAt(start + 1);
    expect(mentionsOf('noam-shazeer')).toBe(2);
    expect(count()).toBe('2');
    expect(session!.info().mentionCount).toBe(3);

    // Stepping through his mentions only ever lands on mentions in the page.
    const next = overlay()!.shadowRoot!.querySelector<HTMLButtonElement>('.person[data-entry="noam-shazeer"] .next')!;
    for (let i = 0; i < 3; i++) {
      next.click();
      const lit = [...document.querySelectorAll('qx-mention[data-qx-flash]')];
      expect(lit.length).toBeGreaterThan(0);
      expect(lit.every((piece) => piece.isConnected && piece.getAttribute('data-qx-entry') === 'noam-shazeer')).toBe(true);
    }
  });
});

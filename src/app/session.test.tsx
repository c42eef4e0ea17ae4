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
import { isMessage, type GlossaryRequest } from '../messages';
import { loadSettings, updateSettings } from '../settings/settings';
import { startAnnotatorSession } from './session';

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

/** A stand-in for Readability: the article element and everything in it, counted. */
function fakeFindScope(article: HTMLElement) {
  const calls = { count: 0 };
  const findScope = async (): Promise<ArticleScope> => {
    calls.count++;
    return { elements: new Set([article, ...article.querySelectorAll('*')]), title: 'test', byline: null, content: article.cloneNode(true) as Element };
  };
  return { findScope, calls };
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
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => (isMessage<GlossaryRequest>(message, 'qx:glossary') ? Promise.resolve(glossary) : undefined));
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
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: fakeFindScope(article).findScope }, controller.signal);
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
    const { findScope, calls } = fakeFindScope(article);
    // The stop comes while the session waits for the article to be found (a client-side navigation).
    const slowFind = async () => {
      controller.abort();
      return findScope();
    };
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: slowFind }, controller.signal);
    expect(session).toBeNull();
    expect(calls.count).toBe(1);
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
    const starting = startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: fakeFindScope(article).findScope }, first.signal);
    first.abort();
    const second = new AbortController();
    running.push(second);
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: fakeFindScope(article).findScope }, second.signal);
    expect(await starting).toBeNull();
    expect(session).not.toBeNull();
    expect(document.querySelectorAll('qx-overlay')).toHaveLength(1);
    expect(document.querySelectorAll('style[data-qx]')).toHaveLength(1);
    expect(mentionsOf('noam-shazeer')).toBe(3);
  });
});

describe('following the settings', () => {
  it('re-marks on a category change without finding the article again, and never shows the page bare', async () => {
    const article = buildPage();
    const { findScope, calls } = fakeFindScope(article);
    await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope }, newSignal());
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
    await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: fakeFindScope(article).findScope }, newSignal());
    const start = generation();
    await updateSettings({ glosses: true });
    await settledAt(start + 1);
    expect([...document.querySelectorAll('qx-gloss')].map((gloss) => gloss.textContent)).toContain(' (Noam Shazeer)');
  });
});

describe('the cast', () => {
  it('counts only the mentions still on the page after the page re-renders a paragraph', async () => {
    const article = buildPage();
    const session = await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage: 'en', findScope: fakeFindScope(article).findScope }, newSignal());
    session!.toggleRoster();
    const count = () => overlay()!.shadowRoot!.querySelector('.person[data-entry="noam-shazeer"] .count')?.textContent;
    expect(count()).toBe('3');

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

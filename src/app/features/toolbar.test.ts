// @vitest-environment happy-dom
/**
 * What the annotator tells the toolbar button, from a real session (glossary, settings, passes) on a
 * small article page: how many people are marked, and the button's title in the interface language.
 */
import glossary from 'virtual:glossary';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleScope } from '../../extract/article-scope';
import { isMessage, type GlossaryRequest, type MarkedMessage } from '../../messages';
import { updateSettings } from '../../settings/settings';
import { startAnnotatorSession } from '../session';

// Two people (沙哥 and 凯哥) and an organisation, which is not a person.
const ARTICLE = `
  <p id="one">沙哥在会上说，沙哥当年只是想改进自动补全。</p>
  <p id="two">后来沙哥和凯哥一起写了Tensor2Tensor。</p>
  <p id="three">谷歌大脑的人都知道这件事。</p>`;

let reports: MarkedMessage[];
let running: AbortController;

async function startOnArticle(browserLanguage = 'en'): Promise<void> {
  document.body.replaceChildren();
  const article = document.createElement('article');
  // A test page built from a literal string, never from page content.
  // eslint-disable-next-line no-unsanitized/property
  article.innerHTML = ARTICLE;
  document.body.append(article);
  const extractor = {
    locate: () => 'nowhere' as const,
    read: (): ArticleScope => ({ elements: new Set([article, ...article.querySelectorAll('*')]), title: 'test', byline: null, content: article.cloneNode(true) as Element }),
  };
  await startAnnotatorSession({ doc: document, kind: 'qbitai', browserLanguage, extractor }, running.signal);
}

beforeEach(() => {
  fakeBrowser.reset();
  reports = [];
  running = new AbortController();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage<MarkedMessage>(message, 'qx:marked')) reports.push(message);
    return isMessage<GlossaryRequest>(message, 'qx:glossary') ? Promise.resolve(glossary) : undefined;
  });
});
afterEach(() => running.abort());

const lastReport = () => reports.at(-1);

describe('the annotator’s report to the toolbar button', () => {
  it('counts the people marked, once each, and says so in the interface language', async () => {
    await startOnArticle();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(lastReport()).toEqual({ type: 'qx:marked', people: 2, title: 'Transformer Authors Decoder: 2 people marked on this page' });
  });

  it('follows the browser’s language, and the reader’s choice when it changes', async () => {
    await startOnArticle('zh-TW');
    await vi.waitFor(() => expect(lastReport()?.title).toBe('Transformer 作者花名解碼：本頁已標出 2 位人物'));
    await updateSettings({ uiLanguage: 'zh-CN' });
    await vi.waitFor(() => expect(lastReport()?.title).toBe('Transformer 作者花名解码：本页已标出 2 位人物'));
    expect(lastReport()?.people).toBe(2);
  });

  it('tells again when re-rendered text changes who is marked, in the singular for one', async () => {
    await startOnArticle();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    // A framework re-renders the only paragraph that names 凯哥, without him.
    document.getElementById('two')!.replaceChildren(document.createTextNode('后来沙哥一起写了Tensor2Tensor。'));
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(lastReport()).toEqual({ type: 'qx:marked', people: 1, title: 'Transformer Authors Decoder: 1 person marked on this page' });
  });

  it('says nobody is marked when the reader switches people off', async () => {
    await startOnArticle();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    await updateSettings({ categories: { person: false, organisation: true, work: false, term: false, slang: false } });
    await vi.waitFor(() => expect(lastReport()?.people).toBe(0));
    expect(lastReport()?.title).toBe('Transformer Authors Decoder: 0 people marked on this page');
  });
});

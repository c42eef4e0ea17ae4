// @vitest-environment happy-dom
/**
 * The re-render watcher with a real PageWriter, on a page with an article and a navigation bar:
 * what the page adds to the article is marked in the same task, what it rewrites shows once, and
 * nothing else wakes it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateRuns, type RunPlanner } from './annotate-runs';
import { PageWriter } from './page-writer';
import { watchForRerenders, type RerenderWatcher } from './rerenders';

const NAMES = ['沙哥', '凯哥', '割麦子'];

/** Marks each of NAMES wherever it occurs in a run. */
const namePlanner: RunPlanner = {
  plan: (run) =>
    NAMES.flatMap((name) => [...run.text.matchAll(new RegExp(name, 'g'))].map((found) => ({ start: found.index, end: found.index + name.length }))).map(
      (range) => ({
        ...range,
        create: (text: string) => {
          const element = document.createElement('qx-mention');
          element.textContent = text;
          return element;
        },
      }),
    ),
};

let controller: AbortController;
let writer: PageWriter;
let watcher: RerenderWatcher;
let article: HTMLElement;
let nav: HTMLElement;
let annotated: Element[][];
let changes: number;
let deliveries: Array<() => void>;

const paragraph = (id: string) => document.getElementById(id)!;
const marksIn = (element: Element) => [...element.querySelectorAll('qx-mention')].map((mention) => mention.textContent);

/**
 * Resolves once mutations made so far have been delivered to the watcher. Observers are called in
 * the order they were made, so this one, made after the watcher's, hears of a change only after
 * the watcher has handled it.
 */
function delivered(): Promise<void> {
  return new Promise((resolve) => deliveries.push(resolve));
}

beforeEach(() => {
  document.body.replaceChildren();
  nav = document.createElement('nav');
  nav.innerHTML = '<p id="menu">导航：沙哥专栏</p>';
  article = document.createElement('article');
  article.innerHTML = '<p id="one">据沙哥回忆，他当时经过凯哥的工位。</p><p id="two">第七位是凯哥。</p>';
  document.body.append(nav, article);

  const scopeElements = new Set<Element>([article, ...article.querySelectorAll('*')]);
  writer = new PageWriter(document);
  annotateRuns(writer, document.body, scopeElements, [namePlanner]);
  controller = new AbortController();
  annotated = [];
  changes = 0;
  deliveries = [];
  watcher = watchForRerenders({
    doc: document,
    writer,
    scopeElements,
    signal: controller.signal,
    annotate: (blocks) => {
      annotated.push(blocks);
      for (const block of blocks) annotateRuns(writer, block, scopeElements, [namePlanner]);
    },
    onChanged: () => changes++,
  });
  new MutationObserver(() => deliveries.splice(0).forEach((resolve) => resolve())).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
});
afterEach(() => {
  controller.abort();
});

describe('text the page adds to the article', () => {
  it('is marked in the same task: before any later microtask of the page runs', async () => {
    expect(marksIn(article)).toEqual(['沙哥', '凯哥', '凯哥']);
    const added = document.createElement('p');
    added.textContent = '后记：割麦子也来了。';
    article.append(added);
    expect(marksIn(added)).toEqual([]);
    await Promise.resolve();
    expect(marksIn(added)).toEqual(['割麦子']);
    expect(added.textContent).toBe('后记：割麦子也来了。');
    expect(annotated).toEqual([[article]]);
    expect(changes).toBe(1);
  });

  it('is marked once: our own marks do not wake the watcher again', async () => {
    const added = document.createElement('p');
    added.textContent = '后记：割麦子也来了。';
    article.append(added);
    await delivered();
    nav.append('（导航更新）');
    await delivered();
    expect(annotated).toHaveLength(1);
    expect(changes).toBe(1);
    expect(marksIn(added)).toEqual(['割麦子']);
    expect(article.querySelectorAll('qx-mention qx-mention')).toHaveLength(0);
  });
});

describe('text the page rewrites', () => {
  it('releases a text node we split when the page sets its data: the new text shows once, marked anew', async () => {
    const one = paragraph('one');
    const split = one.firstChild as Text;
    expect(split.data).toBe('据'); // the rest of the node's text went into our pieces
    // As React does for a changed string: the same text node, new data.
    split.data = '第七位是凯哥，他邀请了割麦子参与实习。';
    await delivered();
    expect(one.textContent).toBe('第七位是凯哥，他邀请了割麦子参与实习。');
    expect(marksIn(one)).toEqual(['凯哥', '割麦子']);
    expect(changes).toBe(1);
  });

  it('marks a paragraph whose children the page replaced, without marks inside marks', async () => {
    const one = paragraph('one');
    one.replaceChildren('据', Object.assign(document.createElement('b'), { textContent: '沙哥' }), '回忆，他当时经过凯哥的工位');
    await delivered();
    expect(one.textContent).toBe('据沙哥回忆，他当时经过凯哥的工位');
    expect(marksIn(one)).toEqual(['沙哥', '凯哥']);
    expect(one.querySelectorAll('qx-mention qx-mention')).toHaveLength(0);
    expect(changes).toBe(1);
  });
});

describe('what the watcher ignores', () => {
  it('changes outside the article', async () => {
    const added = document.createElement('p');
    added.textContent = '侧栏：沙哥的新书';
    nav.append(added);
    paragraph('menu').firstChild!.textContent = '导航：凯哥专栏';
    await delivered();
    expect(marksIn(nav)).toEqual([]);
    expect(annotated).toEqual([]);
    expect(changes).toBe(0);
  });

  it('our own writes inside quietly(), while what the page changed before them is still handled', async () => {
    const ours = document.createElement('span');
    ours.textContent = '（沙哥）';
    const pageAdded = document.createElement('p');
    pageAdded.textContent = '后记：割麦子也来了。';
    article.append(pageAdded);
    watcher.quietly(() => paragraph('two').append(ours));
    // The page's paragraph was handled before our write, in the same call.
    expect(marksIn(pageAdded)).toEqual(['割麦子']);
    expect(changes).toBe(1);
    await delivered();
    expect(marksIn(ours)).toEqual([]);
    expect(annotated).toHaveLength(1);
    expect(changes).toBe(1);
  });
});

describe('removals and stopping', () => {
  it('tells onChanged when the page removes marked text, with nothing to mark', async () => {
    paragraph('two').remove();
    await delivered();
    expect(changes).toBe(1);
    expect(annotated).toEqual([]);
  });

  it('stops when the signal aborts: added text is left unmarked', async () => {
    controller.abort();
    const added = document.createElement('p');
    added.textContent = '后记：割麦子也来了。';
    article.append(added);
    await delivered();
    expect(marksIn(added)).toEqual([]);
    expect(annotated).toEqual([]);
    expect(changes).toBe(0);
  });
});

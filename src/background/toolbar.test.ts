/** The toolbar button's badge and title per tab, with WXT's fake browser (its action and storage.session). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarFor, toolbarMessageHandler, type Toolbar } from './toolbar';

const ARTICLE = 'https://mp.weixin.qq.com/s/qbitai-transformer-authors/';
const ELSEWHERE = 'https://www.sohu.com/a/1';
const PLAIN_NAME = 'Transformer Authors Decoder';
const EIGHT = { people: 8, title: `${PLAIN_NAME}: 8 people marked on this page` };

const { action } = fakeBrowser;
const badge = (tabId: number) => action.getBadgeText({ tabId });
const title = (tabId: number) => action.getTitle({ tabId });
const tabUrl = async (id: number) => (await fakeBrowser.tabs.get(id))?.url;

let tabId: number;
let toolbar: Toolbar;

/** A new toolbar over the same browser state, as after the service worker was stopped and started again. */
const restarted = () => toolbarFor(action, fakeBrowser.storage.session, tabUrl);

beforeEach(async () => {
  fakeBrowser.reset();
  // The manifest's default title, which the browser gives every tab without one of its own.
  await action.setTitle({ title: PLAIN_NAME });
  tabId = (await fakeBrowser.tabs.create({ url: ARTICLE })).id!;
  toolbar = restarted();
});

describe('the toolbar button', () => {
  it('shows the number of people marked as its badge, and says it in its title, for that tab only', async () => {
    const other = (await fakeBrowser.tabs.create({ url: ELSEWHERE })).id!;
    await toolbar.show(tabId, ARTICLE, EIGHT);
    expect(await badge(tabId)).toBe('8');
    expect(await title(tabId)).toBe(EIGHT.title);
    // Our colour, not the browser's default: legible beside the red icon.
    expect(await action.getBadgeBackgroundColor({ tabId })).toEqual([0x1d, 0x4e, 0xd8, 255]);
    expect(await badge(other)).toBe('');
    expect(await title(other)).not.toBe(EIGHT.title);
  });

  it('shows no badge when no one is marked (the reader switched people off), but says so in the title', async () => {
    await toolbar.show(tabId, ARTICLE, { people: 0, title: `${PLAIN_NAME}: 0 people marked on this page` });
    expect(await badge(tabId)).toBe('');
    expect(await title(tabId)).toBe(`${PLAIN_NAME}: 0 people marked on this page`);
  });

  it('ignores a report about an address the tab has left, or from a closed tab', async () => {
    await fakeBrowser.tabs.update(tabId, { url: ELSEWHERE });
    await toolbar.show(tabId, ARTICLE, EIGHT);
    expect(await badge(tabId)).toBe('');
    await toolbar.show(tabId + 100, ARTICLE, EIGHT);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('goes quiet when the tab moves to another address, even after the service worker restarted', async () => {
    await toolbar.show(tabId, ARTICLE, EIGHT);
    await fakeBrowser.tabs.update(tabId, { url: ELSEWHERE });
    await restarted().addressChanged(tabId, ELSEWHERE);
    expect(await badge(tabId)).toBe('');
    expect(await title(tabId)).toBe(PLAIN_NAME);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps what it shows when the address is the one it was shown for', async () => {
    await toolbar.show(tabId, ARTICLE, EIGHT);
    await toolbar.addressChanged(tabId, ARTICLE);
    expect(await badge(tabId)).toBe('8');
  });

  it('touches no tab it never marked when that tab moves on', async () => {
    await action.setBadgeText({ tabId, text: 'x' });
    await toolbar.addressChanged(tabId, ELSEWHERE);
    expect(await badge(tabId)).toBe('x');
  });

  it('applies a report and an address change in the order they came', async () => {
    const shown = toolbar.show(tabId, ARTICLE, EIGHT);
    await fakeBrowser.tabs.update(tabId, { url: ELSEWHERE });
    const moved = toolbar.addressChanged(tabId, ELSEWHERE);
    await Promise.all([shown, moved]);
    expect(await badge(tabId)).toBe('');
  });

  it('forgets a closed tab', async () => {
    await toolbar.show(tabId, ARTICLE, EIGHT);
    await toolbar.forget(tabId);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('the annotator’s reports', () => {
  const shown: unknown[][] = [];
  const handle = toolbarMessageHandler({ show: async (...args) => void shown.push(args) });
  beforeEach(() => void shown.splice(0));

  it('go to the tab that sent them, at its address, and get no reply', () => {
    expect(handle({ type: 'qx:marked', ...EIGHT }, { tab: { id: 4, url: ARTICLE }, frameId: 2, url: 'https://frame.example/' })).toBeUndefined();
    expect(shown).toEqual([[4, ARTICLE, { type: 'qx:marked', ...EIGHT }]]);
  });

  it.each([
    ['a negative count', { type: 'qx:marked', people: -1, title: 'x' }],
    ['a fractional count', { type: 'qx:marked', people: 1.5, title: 'x' }],
    ['no title', { type: 'qx:marked', people: 3 }],
    ['an empty title', { type: 'qx:marked', people: 3, title: '' }],
    ['another message', { type: 'qx:glossary' }],
  ])('with %s are ignored', (_label, message) => {
    handle(message, { tab: { id: 4, url: ARTICLE } });
    expect(shown).toEqual([]);
  });

  it('from outside a tab are ignored', () => {
    handle({ type: 'qx:marked', ...EIGHT }, { url: 'chrome-extension://id/popup.html' });
    expect(shown).toEqual([]);
  });
});

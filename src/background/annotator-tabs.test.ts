/** Which tabs hear that their address changed: those the annotator went into, until they close. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AddressChangedMessage } from '../messages';
import { annotatorTabs, type AnnotatorTabs } from './annotator-tabs';
import { ANNOTATOR_FILE, CARD_UI_FILE, DETECTOR_FILE, type Inject } from './inject';

let sent: [number, AddressChangedMessage][];
let tabs: AnnotatorTabs;
let inject: Inject;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  tabs = annotatorTabs(fakeBrowser.storage.session, async (tabId, message) => void sent.push([tabId, message]));
  inject = tabs.noting(async () => []);
});

describe('telling annotators of address changes', () => {
  it('tells a tab the annotator went into of its new address, and no other tab', async () => {
    await inject(4, DETECTOR_FILE, 'all');
    await inject(5, ANNOTATOR_FILE, 0);
    await inject(5, CARD_UI_FILE, 0);
    await tabs.addressChanged(4, 'https://www.sohu.com/a/2');
    await tabs.addressChanged(5, 'https://www.kjkx.example/app/other');
    expect(sent).toEqual([[5, { type: 'qx:address-changed', url: 'https://www.kjkx.example/app/other' }]]);
  });

  it('stops once the tab has closed', async () => {
    await inject(5, ANNOTATOR_FILE, 0);
    await tabs.forget(5);
    await tabs.addressChanged(5, 'https://www.kjkx.example/app/other');
    expect(sent).toEqual([]);
  });

  it('takes a tab where no annotator listens any more in its stride', async () => {
    tabs = annotatorTabs(fakeBrowser.storage.session, () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await tabs.noting(async () => [])(5, ANNOTATOR_FILE, 0);
    await expect(tabs.addressChanged(5, 'https://www.example-news.com/')).resolves.toBeUndefined();
  });
});

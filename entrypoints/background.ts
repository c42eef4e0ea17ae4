/**
 * Looks at each loaded tab's address and title, injects the detector into the few worth a look,
 * injects the annotator where the detector found the article, and runs the keyboard shortcuts.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isKnownHome, worthALook, worthALookWhileLoading } from '../src/detect/detect';
import { readGlossaryFile } from '../src/glossary/load';
import type { CompiledGlossary } from '../src/glossary/types';
import { isMessage, type ArticleDetectedMessage, type GlossaryRequest, type ToggleRosterMessage } from '../src/messages';
import { loadSettings, updateSettings } from '../src/settings/settings';

const DETECTOR_FILE = '/detector.js';
const ANNOTATOR_FILE = '/content-scripts/annotator.js';
type ScriptFile = typeof DETECTOR_FILE | typeof ANNOTATOR_FILE;

/** Runs one of our scripts in a frame of a tab, or in all its frames. */
async function inject(tabId: number, file: ScriptFile, frameId: number | 'all'): Promise<void> {
  // Chrome (MV3) has the scripting API; Firefox's MV2 build has tabs.executeScript.
  if (browser.scripting) {
    const target = frameId === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, frameId === 'all' ? { file, allFrames: true } : { file, frameId });
  }
}

/**
 * The detector runs once a page has loaded, not while it loads (unless its title names the
 * article): a content script declared in the manifest would be injected into every page while it
 * loads, and that injection alone, even of an empty script, made a 3 MB page's load event 15%
 * later. All frames: an article in a same-origin frame is read there (the detector leaves
 * cross-origin frames alone).
 */
async function lookAtTab(tabId: number, url: string, title: string, worthIt: (url: string, title: string) => boolean): Promise<void> {
  if (!worthIt(url, title)) return;
  if ((await loadSettings()).runOn === 'known-homes' && !isKnownHome(url)) return;
  // Pages the extension may not script (the browser's own, the stores) refuse: nothing to do there.
  await inject(tabId, DETECTOR_FILE, 'all').catch(() => undefined);
}

async function injectAnnotator(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  if ((await loadSettings()).runOn === 'known-homes' && !isKnownHome(sender.url ?? '')) return;
  await inject(tabId, ANNOTATOR_FILE, sender.frameId ?? 0);
}

export default defineBackground(() => {
  // After the load, and again when a loaded page changes its address or title (single-page apps);
  // a page titled like the article as soon as its title is known (the detector then runs once the
  // document is parsed: the browser injects at document_idle).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (!tab.url) return;
    const title = tab.title ?? '';
    if (tab.status === 'complete') {
      if (change.status === 'complete' || change.url || change.title) void lookAtTab(tabId, tab.url, title, worthALook);
    } else if (change.title || change.url) {
      void lookAtTab(tabId, tab.url, title, worthALookWhileLoading);
    }
  });

  let glossary: Promise<CompiledGlossary> | undefined;
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<CompiledGlossary> | undefined => {
    if (isMessage<ArticleDetectedMessage>(message, 'qx:article-detected')) void injectAnnotator(sender);
    if (isMessage<GlossaryRequest>(message, 'qx:glossary')) return (glossary ??= readGlossaryFile());
    return undefined; // no reply: let other listeners answer their own messages
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-glosses') {
      await updateSettings({ glosses: !(await loadSettings()).glosses });
      return;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'open-reader') {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tab.id}`), index: tab.index + 1 });
    } else if (command === 'toggle-roster') {
      // No annotator in the tab means it is not the article: nothing to show.
      await browser.tabs.sendMessage(tab.id, { type: 'qx:toggle-roster' } satisfies ToggleRosterMessage).catch(() => undefined);
    }
  });
});

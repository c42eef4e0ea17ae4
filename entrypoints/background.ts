/** Injects the annotator where the detector found the article, and runs the keyboard shortcuts. */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isKnownHome } from '../src/detect/detect';
import { readGlossaryFile } from '../src/glossary/load';
import type { CompiledGlossary } from '../src/glossary/types';
import { isMessage, type ArticleDetectedMessage, type GlossaryRequest, type ToggleRosterMessage } from '../src/messages';
import { loadSettings, updateSettings } from '../src/settings/settings';

const ANNOTATOR_FILE = '/content-scripts/annotator.js';

async function injectAnnotator(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const frameId = sender.frameId ?? 0;
  if ((await loadSettings()).runOn === 'known-homes' && !isKnownHome(sender.url ?? '')) return;
  // Chrome (MV3) has the scripting API; Firefox's MV2 build has tabs.executeScript.
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId });
  }
}

export default defineBackground(() => {
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

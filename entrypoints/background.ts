/** Injects the annotator where the detector found the article, and runs the gloss shortcut. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, type ArticleDetectedMessage } from '../src/messages';
import { loadSettings, updateSettings } from '../src/settings/settings';

const ANNOTATOR_FILE = '/content-scripts/annotator.js';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<ArticleDetectedMessage>(message, 'qx:article-detected')) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const frameId = sender.frameId ?? 0;
    // Chrome (MV3) has the scripting API; Firefox's MV2 build has tabs.executeScript.
    if (browser.scripting) {
      void browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
    } else {
      void browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId });
    }
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-glosses') await updateSettings({ glosses: !(await loadSettings()).glosses });
  });
});

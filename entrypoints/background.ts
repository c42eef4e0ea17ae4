/**
 * Looks at each tab's address and title, injects the detector into the few pages worth a look (and
 * into any page whose reader asks, from the popup), injects the annotator where the detector found
 * the article, puts what the annotator marked on the toolbar button, and runs the keyboard shortcuts.
 * The decisions live in src/background/; this file only wires them to the browser.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { annotatorTabs } from '../src/background/annotator-tabs';
import { commandHandler } from '../src/background/commands';
import { injectorFor } from '../src/background/inject';
import { messageHandler } from '../src/background/messages';
import { tabRecords } from '../src/background/tab-records';
import { tabUpdateHandler } from '../src/background/tab-updates';
import { toolbarFor, toolbarMessageHandler } from '../src/background/toolbar';
import { readGlossaryFile } from '../src/glossary/load';
import { loadSettings, updateSettings } from '../src/settings/settings';

export default defineBackground(() => {
  const tabUrl = (tabId: number) => browser.tabs.get(tabId).then((tab) => tab.url, () => undefined);
  const records = tabRecords(browser.storage.session, tabUrl);
  const annotators = annotatorTabs(browser.storage.session, (tabId, message) => browser.tabs.sendMessage(tabId, message));
  const deps = {
    inject: annotators.noting(injectorFor(browser)),
    records,
    runOn: async () => (await loadSettings()).runOn,
  };
  // Firefox's MV2 build has the button as browserAction.
  const toolbar = toolbarFor(browser.action ?? browser.browserAction, browser.storage.session, tabUrl);
  const onUpdated = tabUpdateHandler(deps);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) {
      void toolbar.addressChanged(tabId, change.url);
      void annotators.addressChanged(tabId, change.url);
    }
    void onUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void records.forget(tabId);
    void toolbar.forget(tabId);
    void annotators.forget(tabId);
  });
  browser.runtime.onMessage.addListener(messageHandler({ ...deps, tabUrl, readGlossary: readGlossaryFile }));
  browser.runtime.onMessage.addListener(toolbarMessageHandler(toolbar));
  browser.commands.onCommand.addListener(
    commandHandler({
      tabs: browser.tabs,
      runtime: browser.runtime,
      toggleGlosses: async () => void (await updateSettings({ glosses: !(await loadSettings()).glosses })),
    }),
  );
});

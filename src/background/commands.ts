/** The keyboard shortcuts (the manifest's `commands`). */
import type { browser } from 'wxt/browser';
import type { ToggleRosterMessage } from '../messages';

export interface CommandDeps {
  tabs: Pick<typeof browser.tabs, 'query' | 'create' | 'sendMessage'>;
  runtime: Pick<typeof browser.runtime, 'getURL'>;
  /** Turns the inline glosses on or off, in every open tab. */
  toggleGlosses(): Promise<void>;
}

export function commandHandler({ tabs, runtime, toggleGlosses }: CommandDeps) {
  return async (command: string): Promise<void> => {
    if (command === 'toggle-glosses') return toggleGlosses();
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'open-reader') {
      await tabs.create({ url: runtime.getURL(`/reader.html?tab=${tab.id}`), index: tab.index + 1 });
    } else if (command === 'toggle-roster') {
      // No annotator in the tab means it is not the article: nothing to show.
      await tabs.sendMessage(tab.id, { type: 'qx:toggle-roster' } satisfies ToggleRosterMessage).catch(() => undefined);
    }
  };
}

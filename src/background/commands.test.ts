/** The keyboard shortcuts, with plain fakes for the few tab functions they use. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandHandler, type CommandDeps } from './commands';

interface FakeTab {
  id?: number;
  index: number;
}

let activeTabs: FakeTab[];
let toggleGlosses: ReturnType<typeof vi.fn<() => Promise<void>>>;
let tabs: { query: ReturnType<typeof vi.fn>; create: ReturnType<typeof vi.fn>; sendMessage: ReturnType<typeof vi.fn> };
let run: (command: string) => Promise<void>;

beforeEach(() => {
  fakeBrowser.reset();
  activeTabs = [{ id: 7, index: 2 }];
  toggleGlosses = vi.fn(async () => undefined);
  tabs = { query: vi.fn(async () => activeTabs), create: vi.fn(async () => ({})), sendMessage: vi.fn(async () => undefined) };
  run = commandHandler({ tabs: tabs as unknown as CommandDeps['tabs'], runtime: fakeBrowser.runtime, toggleGlosses });
});

describe('the keyboard shortcuts', () => {
  it('Alt+Shift+G turns the glosses on or off, whatever tab is active', async () => {
    activeTabs = [];
    await run('toggle-glosses');
    expect(toggleGlosses).toHaveBeenCalledTimes(1);
  });

  it('Alt+Shift+E opens the reader view of the active tab, just after it', async () => {
    await run('open-reader');
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/reader.html?tab=7', index: 3 });
  });

  it('Alt+Shift+L asks the active tab’s annotator to open or close the cast', async () => {
    await run('toggle-roster');
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'qx:toggle-roster' });
  });

  it('Alt+Shift+L on a tab with no annotator does nothing, and does not fail', async () => {
    tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(run('toggle-roster')).resolves.toBeUndefined();
  });

  it('does nothing without an active tab, or one without an id (a devtools window)', async () => {
    for (const active of [[], [{ index: 0 }]]) {
      activeTabs = active;
      await run('open-reader');
      await run('toggle-roster');
    }
    expect(tabs.create).not.toHaveBeenCalled();
    expect(tabs.sendMessage).not.toHaveBeenCalled();
    expect(toggleGlosses).not.toHaveBeenCalled();
  });
});

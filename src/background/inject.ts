/** Running one of the extension's scripts in a tab, with what it returned in each frame. */
import type { browser } from 'wxt/browser';
import type { FrameResult } from './tab-records';

export const DETECTOR_FILE = '/detector.js';
export const ANNOTATOR_FILE = '/content-scripts/annotator.js';
export type ScriptFile = typeof DETECTOR_FILE | typeof ANNOTATOR_FILE;

/** Runs a script in one frame of a tab, or in all its frames; rejects where the browser refuses. */
export type Inject = (tabId: number, file: ScriptFile, frame: number | 'all') => Promise<FrameResult[]>;

/** The two ways browsers offer: Chrome (MV3) has the scripting API; Firefox's MV2 build has tabs.executeScript. */
export interface ScriptingApi {
  scripting?: Pick<typeof browser.scripting, 'executeScript'>;
  tabs: Pick<typeof browser.tabs, 'executeScript'>;
}

export function injectorFor(api: ScriptingApi): Inject {
  return async (tabId, file, frame) => {
    if (api.scripting) {
      const target = frame === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frame] };
      const results = await api.scripting.executeScript({ target, files: [file] });
      return results.map(({ frameId, result }) => ({ top: frameId === 0, result: result as unknown }));
    }
    const results: unknown[] = (await api.tabs.executeScript(tabId, frame === 'all' ? { file, allFrames: true } : { file, frameId: frame })) ?? [];
    // Firefox gives no frame ids: it lists the top frame first.
    return results.map((result, index) => ({ top: frame === 'all' ? index === 0 : frame === 0, result }));
  };
}

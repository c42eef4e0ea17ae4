/** Running one of the extension's scripts in a tab, with what it returned in each frame. */
import type { browser } from 'wxt/browser';
import type { DetectorState } from '../detect/run-detector';
import type { FrameResult } from './tab-records';

export const DETECTOR_FILE = '/detector.js';
export const ANNOTATOR_FILE = '/annotator.js';
/** The cards and the cast, which the annotator asks for on the reader's first move (src/app/card-ui-loader.ts). */
export const CARD_UI_FILE = '/card-ui.js';
export type ScriptFile = typeof DETECTOR_FILE | typeof ANNOTATOR_FILE | typeof CARD_UI_FILE;
/**
 * Preact and i18next, which card-ui.js reads from the isolated world (src/ui-kit/ui-kit.ts); the
 * annotator needs neither, so the page loads them only when the reader first moves.
 */
export const UI_KIT_FILE = '/ui-kit.js';

/** The files that make up each script, in the order they run. */
const FILES_OF: Record<ScriptFile, (ScriptFile | typeof UI_KIT_FILE)[]> = {
  [DETECTOR_FILE]: [DETECTOR_FILE],
  [ANNOTATOR_FILE]: [ANNOTATOR_FILE],
  [CARD_UI_FILE]: [UI_KIT_FILE, CARD_UI_FILE],
};

/**
 * Runs a script in one frame of a tab, or in all its frames; rejects where the browser refuses.
 * `onDemand`: the reader asked for this look (the detector then reads on whatever the page's title).
 */
export type Inject = (tabId: number, file: ScriptFile, frame: number | 'all', onDemand?: boolean) => Promise<FrameResult[]>;

/**
 * Run in each frame just before the detector, in the same isolated world, which keeps it for the
 * detector to read: neither browser passes arguments to a script file. Self-contained, since Chrome
 * sends its source and Firefox's MV2 takes code as a string.
 */
function markLookHere(): void {
  (globalThis as DetectorState).__qxLookHere = true;
}

/** The two ways browsers offer: Chrome (MV3) has the scripting API; Firefox's MV2 build has tabs.executeScript. */
export interface ScriptingApi {
  scripting?: Pick<typeof browser.scripting, 'executeScript'>;
  tabs: Pick<typeof browser.tabs, 'executeScript'>;
}

export function injectorFor(api: ScriptingApi): Inject {
  return async (tabId, file, frame, onDemand) => {
    if (api.scripting) {
      const target = frame === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frame] };
      if (onDemand) await api.scripting.executeScript({ target, func: markLookHere });
      // Chrome runs the files in order and reports what the last one returned.
      const results = await api.scripting.executeScript({ target, files: FILES_OF[file] });
      return results.map(({ frameId, result }) => ({ top: frameId === 0, result: result as unknown }));
    }
    const frames = frame === 'all' ? { allFrames: true } : { frameId: frame };
    if (onDemand) await api.tabs.executeScript(tabId, { ...frames, code: `(${markLookHere})()` });
    let results: unknown[] = [];
    for (const part of FILES_OF[file]) results = (await api.tabs.executeScript(tabId, { ...frames, file: part })) ?? [];
    // Firefox gives no frame ids: it lists the top frame first.
    return results.map((result, index) => ({ top: frame === 'all' ? index === 0 : frame === 0, result }));
  };
}

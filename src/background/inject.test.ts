/**
 * Running the extension's scripts in both browsers' APIs: Chrome's scripting API and Firefox's MV2
 * tabs.executeScript, faked to record what they were asked to run. For a look the reader asked
 * for, the detector's flag goes into the same frames just before it. The annotator gets the UI
 * kit (Preact, i18next) just before it, in the same frame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectorState } from '../detect/run-detector';
import { ANNOTATOR_FILE, CARD_UI_FILE, DETECTOR_FILE, injectorFor, UI_KIT_FILE, type ScriptingApi } from './inject';

const flagged = () => (globalThis as DetectorState).__qxLookHere;
afterEach(() => delete (globalThis as DetectorState).__qxLookHere);

/** Chrome's API, faked: each call recorded; a func is run here, as the browser would run it in the page. */
function chromeApi(calls: unknown[]): ScriptingApi {
  return {
    scripting: {
      executeScript: (async (injection: { target: unknown; files?: string[]; func?: () => void }) => {
        injection.func?.();
        calls.push({ target: injection.target, files: injection.files, func: injection.func && 'func', flagged: flagged() });
        return [
          { frameId: 0, result: injection.files ? 'not-article' : null },
          { frameId: 4, result: injection.files ? 'article' : null },
        ];
      }) as never,
    },
    tabs: { executeScript: (async () => []) as never },
  };
}

/** Firefox's MV2 API, faked: code strings are run here, as the browser would run them in the page. */
function firefoxApi(calls: unknown[]): ScriptingApi {
  return {
    tabs: {
      executeScript: (async (_tabId: number, details: { code?: string; file?: string; allFrames?: boolean; frameId?: number }) => {
        if (details.code) (0, eval)(details.code);
        calls.push({ ...details, code: details.code && 'code', flagged: flagged() });
        return details.file ? ['watching', 'article'] : [undefined, undefined];
      }) as never,
    },
  };
}

describe('injecting the detector in Chrome', () => {
  it('runs the file alone in every frame, and reports each frame’s result', async () => {
    const calls: unknown[] = [];
    const frames = await injectorFor(chromeApi(calls))(7, DETECTOR_FILE, 'all');
    expect(calls).toEqual([{ target: { tabId: 7, allFrames: true }, files: [DETECTOR_FILE], func: undefined, flagged: undefined }]);
    expect(frames).toEqual([
      { top: true, result: 'not-article' },
      { top: false, result: 'article' },
    ]);
  });

  it('for the reader’s look, flags the same frames first, so the detector finds the flag set', async () => {
    const calls: unknown[] = [];
    await injectorFor(chromeApi(calls))(7, DETECTOR_FILE, 'all', true);
    expect(calls).toEqual([
      { target: { tabId: 7, allFrames: true }, files: undefined, func: 'func', flagged: true },
      { target: { tabId: 7, allFrames: true }, files: [DETECTOR_FILE], func: undefined, flagged: true },
    ]);
  });
});

describe('injecting the detector in Firefox (MV2)', () => {
  it('runs the file alone in every frame, the top frame’s result first', async () => {
    const calls: unknown[] = [];
    const frames = await injectorFor(firefoxApi(calls))(7, DETECTOR_FILE, 'all');
    expect(calls).toEqual([{ allFrames: true, file: DETECTOR_FILE, code: undefined, flagged: undefined }]);
    expect(frames).toEqual([
      { top: true, result: 'watching' },
      { top: false, result: 'article' },
    ]);
  });

  it('for the reader’s look, runs code that sets the flag in the same frames first', async () => {
    const calls: unknown[] = [];
    await injectorFor(firefoxApi(calls))(7, DETECTOR_FILE, 0, true);
    expect(calls).toEqual([
      { frameId: 0, code: 'code', flagged: true },
      { frameId: 0, file: DETECTOR_FILE, code: undefined, flagged: true },
    ]);
  });
});

describe('injecting the annotator', () => {
  it('runs the annotator alone, without the UI kit, in the frame that asked (Chrome and Firefox)', async () => {
    const calls: unknown[] = [];
    await injectorFor(chromeApi(calls))(7, ANNOTATOR_FILE, 3);
    await injectorFor(firefoxApi(calls))(7, ANNOTATOR_FILE, 3);
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: [ANNOTATOR_FILE], func: undefined, flagged: undefined },
      { frameId: 3, file: ANNOTATOR_FILE, code: undefined, flagged: undefined },
    ]);
  });
});

describe('injecting the cards', () => {
  it('in Chrome, runs the UI kit and then card-ui.js, in one call to the frame that asked', async () => {
    const calls: unknown[] = [];
    await injectorFor(chromeApi(calls))(7, CARD_UI_FILE, 3);
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [UI_KIT_FILE, CARD_UI_FILE], func: undefined, flagged: undefined }]);
  });

  it('in Firefox, runs the UI kit in that frame before card-ui.js', async () => {
    const calls: unknown[] = [];
    await injectorFor(firefoxApi(calls))(7, CARD_UI_FILE, 3);
    expect(calls).toEqual([
      { frameId: 3, file: UI_KIT_FILE, code: undefined, flagged: undefined },
      { frameId: 3, file: CARD_UI_FILE, code: undefined, flagged: undefined },
    ]);
  });
});

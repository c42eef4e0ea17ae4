// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/"}
/**
 * annotator.js's life in a page without WXT's content-script context: once per world, handing over
 * to the next annotator when the extension has been reloaded, and looking again when the background
 * says the tab's address changed. The session itself is a stand-in here (src/app/session.test.tsx
 * tests the real one); the page is the Wired story, which is known by its address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectorState } from '../detect/run-detector';
import type { ArticleInfo } from '../messages';
import { runAnnotatorScript, SETTLE_MS, type AnnotatorApi } from './annotator-script';
import type { AnnotatorSession, startAnnotatorSession } from './session';

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** One load of the extension as a script in the page sees it: its id, and who listens to its messages. */
function extensionApi(): AnnotatorApi & { runtime: { id?: string }; listeners: Set<Listener>; send(message: unknown): Promise<unknown> | undefined } {
  const listeners = new Set<Listener>();
  return {
    runtime: { id: 'extension-id', onMessage: { addListener: (listener) => listeners.add(listener), removeListener: (listener) => listeners.delete(listener) } },
    i18n: { getUILanguage: () => 'en' },
    listeners,
    send: (message) => [...listeners].map((listener) => listener(message)).find((reply) => reply !== undefined),
  };
}

const INFO: ArticleInfo = { kind: 'wired', mentionCount: 12 };

/** Sessions started, each with the signal that ends it (ending it undoes its marks). */
let sessions: AbortSignal[];
const startSession = (async (_options, signal) => {
  sessions.push(signal);
  return { info: () => INFO, toggleRoster: () => undefined, readerContent: () => null } satisfies AnnotatorSession;
}) as typeof startAnnotatorSession;

const INFO_REQUEST = { type: 'qx:article-info' };
const STORY = location.href;

beforeEach(() => {
  sessions = [];
  delete (globalThis as DetectorState).__qxAnnotator;
  history.replaceState(null, '', STORY);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the annotator script in a page', () => {
  it('annotates once: a second injection while the extension is there leaves the first at work', async () => {
    const extension = extensionApi();
    runAnnotatorScript(extension, startSession);
    runAnnotatorScript(extension, startSession);
    await vi.waitFor(() => expect(sessions).toHaveLength(1));
    expect(sessions[0]!.aborted).toBe(false);
    expect(extension.listeners.size).toBe(1);
    expect(await extension.send(INFO_REQUEST)).toEqual(INFO);
  });

  it('gives way to the next annotator once the extension has been reloaded: its marks go, the new one marks and answers', async () => {
    const before = extensionApi();
    runAnnotatorScript(before, startSession);
    await vi.waitFor(() => expect(sessions).toHaveLength(1));
    before.runtime.id = undefined; // what a script of a reloaded extension sees
    const after = extensionApi();
    runAnnotatorScript(after, startSession);
    expect(sessions[0]!.aborted).toBe(true);
    expect(before.listeners.size).toBe(0);
    await vi.waitFor(() => expect(sessions).toHaveLength(2));
    expect(sessions[1]!.aborted).toBe(false);
    expect(await after.send(INFO_REQUEST)).toEqual(INFO);
  });

  it('looks again, after a moment, when the background says the address changed and this page’s own has', async () => {
    vi.useFakeTimers();
    const extension = extensionApi();
    runAnnotatorScript(extension, startSession);
    await vi.waitFor(() => expect(sessions).toHaveLength(1));
    // Another frame of the tab moved, not this one: nothing to do.
    extension.send({ type: 'qx:address-changed', url: 'https://www.wired.com/' });
    expect(sessions[0]!.aborted).toBe(false);
    history.pushState(null, '', `${STORY}#comments`);
    extension.send({ type: 'qx:address-changed', url: location.href });
    expect(sessions[0]!.aborted).toBe(true);
    expect(await extension.send(INFO_REQUEST)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(sessions).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sessions).toHaveLength(2);
    expect(await extension.send(INFO_REQUEST)).toEqual(INFO);
  });
});

/**
 * The annotator script's life in one world (the page's or a frame's extension world), without WXT's
 * content-script context: that context posts a message to the page on every start, which alone
 * cost about 4 ms of the article's load.
 *
 * When the extension is reloaded, updated or removed, the browser leaves a running script in the
 * page with its extension API cut off (runtime.id is gone), and tells it nothing. It is found out
 * when the next annotator arrives, in the same world or a new one: each one starting says so on the
 * document (an event every world hears), and an older one whose extension has gone ends there, in
 * that event, so its marks are undone and the world's once-only flag cleared before the newcomer
 * reads it. An older one whose extension is still there stays: it is the one annotator here.
 */

/** Dispatched on the document by each annotator as it starts. */
const STARTED_EVENT = 'qx-annotator-started';

/** The part of the extension API that says whether the extension is still there. */
export interface RuntimeIdentity {
  id?: string;
}

/** Tells any older annotator in this document that a new one is starting. */
export function announceStart(doc: Document): void {
  doc.dispatchEvent(new Event(STARTED_EVENT));
}

/** A signal aborted once a newer annotator starts after this one's extension has gone. */
export function untilExtensionGoes(runtime: RuntimeIdentity, doc: Document): AbortSignal {
  const lifetime = new AbortController();
  const onNewer = () => {
    if (runtime.id == null) lifetime.abort();
  };
  doc.addEventListener(STARTED_EVENT, onNewer, { signal: lifetime.signal });
  return lifetime.signal;
}

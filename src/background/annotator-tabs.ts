/**
 * The tabs the annotator has gone into, and telling it there when the tab's address changes. The
 * annotator follows a single-page app's routes by this message rather than by watching the page's
 * address itself (WXT's content-script context did, at a cost of about 5 ms on every article load).
 *
 * Chrome reports a route change as a load ('loading' with the new address, then 'complete'), just
 * as it reports a new document, so the tab records cannot tell whether an annotator is still there:
 * a tab stays on this list until it closes. Only tabs on it are told, so a page that never had the
 * annotator never hears from us.
 */
import type { AddressChangedMessage } from '../messages';
import { ANNOTATOR_FILE, type Inject } from './inject';
import type { RecordStorage } from './tab-records';

export interface AnnotatorTabs {
  /** The same injector, remembering each tab it puts the annotator into. */
  noting(inject: Inject): Inject;
  /** The tab now shows `url`: its annotator, if it has had one, is told. */
  addressChanged(tabId: number, url: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `annotator:${tabId}`;

/** `send` is tabs.sendMessage (every frame of the tab); it rejects where no annotator listens any more. */
export function annotatorTabs(storage: RecordStorage, send: (tabId: number, message: AddressChangedMessage) => Promise<unknown>): AnnotatorTabs {
  return {
    noting: (inject) => async (tabId, file, frame, onDemand) => {
      // Noted alongside the injection, not before it: the annotator need not wait for storage.
      const noted = file === ANNOTATOR_FILE ? storage.set({ [keyOf(tabId)]: true }) : undefined;
      const [frames] = await Promise.all([inject(tabId, file, frame, onDemand), noted]);
      return frames;
    },
    addressChanged: async (tabId, url) => {
      if ((await storage.get(keyOf(tabId)))[keyOf(tabId)] !== true) return;
      await send(tabId, { type: 'qx:address-changed', url }).catch(() => undefined);
    },
    forget: (tabId) => storage.remove(keyOf(tabId)),
  };
}

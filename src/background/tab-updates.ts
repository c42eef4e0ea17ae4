/**
 * Which tab updates lead to injecting the detector, and what is recorded about the page.
 *
 * The detector runs once a page has loaded, not while it loads (unless its title names the
 * article): a content script declared in the manifest would be injected into every page while it
 * loads, and that injection alone, even of an empty script, made a 3 MB page's load event 15%
 * later. All frames: an article in a same-origin frame is read there (the detector leaves
 * cross-origin frames alone).
 */
import { isKnownHome, worthALook, worthALookWhileLoading } from '../detect/detect';
import type { RunOn } from '../settings/settings';
import { DETECTOR_FILE, type Inject } from './inject';
import { decisionOfFrames, type TabDecision, type TabRecords } from './tab-records';

/** The parts of a tab tabs.onUpdated reports: what changed, and the tab as it is now, each in this shape. */
export interface TabFields {
  status?: string;
  url?: string;
  title?: string;
}

/**
 * 'after-load': the page has loaded, or a loaded page changed its address or title (single-page
 * apps). 'while-loading': its title or address is known before the load, in time to look at a
 * page titled like the article as soon as it is parsed (the browser injects at document_idle).
 */
export type Look = 'after-load' | 'while-loading';

export function lookFor(change: TabFields, tab: TabFields): Look | undefined {
  if (!tab.url) return undefined;
  if (tab.status === 'complete') return change.status === 'complete' || change.url || change.title ? 'after-load' : undefined;
  return change.title || change.url ? 'while-loading' : undefined;
}

export interface TabUpdateDeps {
  inject: Inject;
  records: TabRecords;
  /** The reader's choice of where the extension runs, read when it matters. */
  runOn(): Promise<RunOn>;
}

async function detectorGoesIn(look: Look, url: string, title: string, runOn: () => Promise<RunOn>): Promise<boolean> {
  const worthIt = look === 'after-load' ? worthALook : worthALookWhileLoading;
  return worthIt(url, title) && ((await runOn()) === 'everywhere' || isKnownHome(url));
}

/** The tabs.onUpdated listener: looks at the tab's address and title, injects the detector or not, records which. */
export function tabUpdateHandler({ inject, records, runOn }: TabUpdateDeps) {
  // Each tab's latest look at its current document still under way: a look once loaded waits for it, and for its verdict.
  const looking = new Map<number, Promise<void>>();
  // How many documents each tab has started: a look that outlives its document records nothing,
  // since what it found was about a page that is gone (one number per tab seen, for the worker's life).
  const documents = new Map<number, number>();
  const inTurn = (tabId: number, look: Promise<void>): Promise<void> => {
    looking.set(tabId, look);
    // A later look (a new route, a new title) has taken the tab's place: it is not this one's to clear.
    return look.finally(() => looking.get(tabId) === look && looking.delete(tabId));
  };
  const lookAt = async (tabId: number, look: Look, url: string, title: string): Promise<void> => {
    const lookedAt = documents.get(tabId);
    const record = (decision: TabDecision) => (documents.get(tabId) === lookedAt ? records.record(tabId, url, decision) : undefined);
    // Skipped only once loaded: a page still loading may yet be looked at.
    const skipped = () => (look === 'after-load' ? record('skipped') : undefined);
    if (!(await detectorGoesIn(look, url, title, runOn))) return skipped();
    let frames;
    try {
      frames = await inject(tabId, DETECTOR_FILE, 'all');
    } catch {
      // Pages the extension may not script (the browser's own, the stores) refuse.
      return skipped();
    }
    await record(decisionOfFrames(frames));
  };
  return async (tabId: number, change: TabFields, tab: TabFields): Promise<void> => {
    // A new document (or, in Chrome, a new route): what was decided about the one before no longer
    // holds, and a look at it still under way is not one to wait for.
    if (change.status === 'loading') {
      documents.set(tabId, (documents.get(tabId) ?? 0) + 1);
      looking.delete(tabId);
      await records.forget(tabId);
    }
    const look = lookFor(change, tab);
    if (!look) return;
    const url = tab.url!;
    if (look === 'while-loading') return inTurn(tabId, lookAt(tabId, look, url, tab.title ?? ''));
    // The article found at this very address by a look before this one (while it loaded, or just
    // after, when a page's title changes as it finishes): its annotator is there and follows the
    // page, so a second detector would only return at once (up to 30 ms on a busy machine).
    const earlier = looking.get(tabId);
    return inTurn(
      tabId,
      (async () => {
        await earlier?.catch(() => undefined);
        if (await records.foundArticle(tabId, url)) return;
        await lookAt(tabId, look, url, tab.title ?? '');
      })(),
    );
  };
}

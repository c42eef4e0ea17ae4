/**
 * What the extension decided about the page in each tab, kept in storage.session under
 * `tab:<tabId>`: it outlives a restart of the MV3 service worker and goes with the browser session.
 * The browser tests wait on it instead of sleeping; the toolbar badge and the popup can read it too.
 */

/**
 * 'skipped': the background injected nothing (no Chinese in the title, a site outside the reader's
 * choice, or a page the browser lets no extension script); the others are what the detector said.
 */
export type TabDecision = 'skipped' | 'not-article' | 'watching' | 'article';

export interface TabRecord {
  /** The tab's address the decision is about. */
  url: string;
  detector: TabDecision;
}

const DECISIONS: readonly TabDecision[] = ['skipped', 'not-article', 'watching', 'article'];

/** 'watching' may still turn into 'article'; the others stay until the page changes. */
export function isFinalDecision(decision: TabDecision): boolean {
  return decision !== 'watching';
}

export function tabRecordKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** A stored value in, a record out, or undefined for anything that is not one. */
export function parseTabRecord(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, detector } = value as Record<string, unknown>;
  if (typeof url !== 'string' || !(DECISIONS as readonly unknown[]).includes(detector)) return undefined;
  return { url, detector: detector as TabDecision };
}

/** What the detector's script returned in one frame of a tab. */
export interface FrameResult {
  top: boolean;
  result: unknown;
}

/**
 * A page's decision from its frames: the top frame's, unless some frame holds the article (a
 * same-origin frame can carry it). A top frame with no usable result found nothing.
 */
export function decisionOfFrames(frames: readonly FrameResult[]): TabDecision {
  if (frames.some((frame) => frame.result === 'article')) return 'article';
  const top = frames.find((frame) => frame.top)?.result;
  return top === 'watching' ? 'watching' : 'not-article';
}

/** The parts of a storage area the records use: browser.storage.session, or WXT's fake one. */
export interface RecordStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The record of a tab, for whoever reads them (the tests, the popup): anything else stored reads as none. */
export async function readTabRecord(storage: Pick<RecordStorage, 'get'>, tabId: number): Promise<TabRecord | undefined> {
  const key = tabRecordKey(tabId);
  return parseTabRecord((await storage.get(key))[key]);
}

/** The background's writes, and the one thing it reads back: whether the article was found. */
export interface TabRecords {
  /**
   * Records a decision about the page at `url`. Dropped if the tab no longer shows that address
   * (or is gone): an answer can arrive after the reader has moved on. For the same address an
   * 'article' stands: the watch can find the article before a slow frame's result comes in.
   */
  record(tabId: number, url: string, decision: TabDecision): Promise<void>;
  /** Whether the tab's record says the article was found at `url`, once the writes asked for before have run. */
  foundArticle(tabId: number, url: string): Promise<boolean>;
  forget(tabId: number): Promise<void>;
}

/**
 * `tabUrl` tells the tab's current address, or undefined once it is closed. Writes run one after
 * another, in the order they were asked for, so each sees what the one before it wrote.
 */
export function tabRecords(storage: RecordStorage, tabUrl: (tabId: number) => Promise<string | undefined>): TabRecords {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    record: (tabId, url, decision) =>
      inTurn(async () => {
        if ((await tabUrl(tabId)) !== url) return;
        const key = tabRecordKey(tabId);
        const known = (await storage.get(key))[key] as Partial<TabRecord> | undefined;
        if (known?.url === url && known.detector === 'article') return;
        await storage.set({ [key]: { url, detector: decision } satisfies TabRecord });
      }),
    foundArticle: (tabId, url) =>
      inTurn(async () => {
        const known = await readTabRecord(storage, tabId);
        return known?.url === url && known.detector === 'article';
      }),
    forget: (tabId) => inTurn(() => storage.remove(tabRecordKey(tabId))),
  };
}

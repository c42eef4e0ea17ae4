/**
 * The toolbar button says what the annotator marked in a tab: a badge with the number of people and
 * a title that says it in words, which the annotator sends in the interface language (the
 * background carries no i18next). Elsewhere the button keeps its plain name and no badge.
 *
 * The browser keeps a tab's badge and title, whatever happens to the service worker; what the
 * background keeps, in storage.session under `toolbar:<tabId>`, is the address it showed them for,
 * so that when the tab moves to another address (a new page, or a route of a single-page app,
 * which the browser does not reset) they are cleared, and only on tabs that have them.
 */
import { isMessage, type MarkedMessage } from '../messages';
import type { Sender } from './messages';
import type { RecordStorage } from './tab-records';

/** Dark blue: legible beside the red icon, on light and dark toolbars. */
const BADGE_COLOUR = '#1d4ed8';

/** What is used of browser.action (Chrome) or browser.browserAction (Firefox's MV2). */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  /** Without a tab: the button's own title, the manifest's localised name. */
  getTitle(details: Record<string, never>): Promise<string>;
}

export interface Toolbar {
  /** Shows what was marked in the tab, unless it has moved on from `url` (or closed) meanwhile. */
  show(tabId: number, url: string, marked: Pick<MarkedMessage, 'people' | 'title'>): Promise<void>;
  /** The tab now shows `url`: what was shown for another address goes. */
  addressChanged(tabId: number, url: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `toolbar:${tabId}`;

/** Changes run one after another, in the order they were asked for, as the tab's own events came. */
export function toolbarFor(action: ActionApi, storage: RecordStorage, tabUrl: (tabId: number) => Promise<string | undefined>): Toolbar {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (task: () => Promise<unknown>): Promise<void> => {
    const run = queue.then(task).then(() => undefined);
    queue = run.catch(() => undefined);
    return run;
  };
  const shownAt = async (tabId: number) => (await storage.get(keyOf(tabId)))[keyOf(tabId)];
  return {
    show: (tabId, url, { people, title }) =>
      inTurn(async () => {
        if ((await tabUrl(tabId)) !== url) return;
        await Promise.all([
          action.setBadgeText({ tabId, text: people > 0 ? String(people) : '' }),
          action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
          action.setTitle({ tabId, title }),
          storage.set({ [keyOf(tabId)]: url }),
        ]);
      }),
    addressChanged: (tabId, url) =>
      inTurn(async () => {
        const shown = await shownAt(tabId);
        if (shown === undefined || shown === url) return;
        await Promise.all([
          action.setBadgeText({ tabId, text: '' }),
          action.setTitle({ tabId, title: await action.getTitle({}) }),
          storage.remove(keyOf(tabId)),
        ]);
      }),
    forget: (tabId) => inTurn(() => storage.remove(keyOf(tabId))),
  };
}

function isMarked(message: unknown): message is MarkedMessage {
  if (!isMessage<MarkedMessage>(message, 'qx:marked')) return false;
  const { people, title } = message;
  return Number.isSafeInteger(people) && people >= 0 && typeof title === 'string' && title.length > 0;
}

/** The runtime.onMessage listener for the annotator's reports. It never replies. */
export function toolbarMessageHandler(toolbar: Pick<Toolbar, 'show'>) {
  return (message: unknown, sender: Sender): undefined => {
    const tab = sender.tab;
    if (isMarked(message) && tab?.id !== undefined && tab.url) void toolbar.show(tab.id, tab.url, message);
    return undefined;
  };
}

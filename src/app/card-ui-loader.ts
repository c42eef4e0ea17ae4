/**
 * Brings in card-ui.js (src/card/card-ui.tsx), the cards and the cast, on first need. Marking the
 * article needs none of it, and a reader who only reads never needs it; the annotator asks for it
 * when the reader first moves the pointer, touches the page or presses a key, which leaves the 300
 * ms of a hover's pause for it to arrive before the first card opens.
 *
 * On a web page the background injects it, after ui-kit.js (Preact and i18next, which only it
 * needs), into this frame's isolated world (so nothing has to be exposed to pages as a
 * web-accessible resource); the reader view, an extension page, which loads ui-kit.js first as
 * every extension page does, loads it with the annotator (src/reader/load-annotator.ts).
 *
 * The glossary's card texts come at the same time, asked for alongside (src/glossary/load.ts): the
 * page script marks with the glossary's marking part only.
 */
import { browser } from 'wxt/browser';
import { lentCardUi } from '../card/card-ui-global';
import { loadCardEntries } from '../glossary/load';
import type { CompiledEntry } from '../glossary/types';
import type { CardUi } from '../card/card-ui';
import type { CardUiRequest } from '../messages';
import { isExtensionPage } from '../platform';

/** The cards and the cast, with the whole entries they draw. */
export interface LoadedCardUi {
  ui: CardUi;
  entries: ReadonlyMap<string, CompiledEntry>;
}

let loading: Promise<LoadedCardUi> | undefined;

async function injectCardUi(): Promise<CardUi> {
  if (!lentCardUi() && !isExtensionPage()) await browser.runtime.sendMessage({ type: 'qx:card-ui' } satisfies CardUiRequest);
  const ui = lentCardUi();
  if (!ui) throw new Error('card-ui.js did not run');
  return ui;
}

/** The cards and the cast, loaded once per page; a failed load (the extension reloading) is tried again next time. */
export function loadCardUi(): Promise<LoadedCardUi> {
  loading ??= Promise.all([injectCardUi(), loadCardEntries()]).then(([ui, entries]) => ({ ui, entries }));
  loading.catch(() => (loading = undefined));
  return loading;
}

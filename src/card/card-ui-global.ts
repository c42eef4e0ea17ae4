/**
 * Where card-ui.js leaves what it lends (src/card/card-ui.tsx) on the isolated world's (or the
 * extension page's) global object: a module of its own, so that the annotator, which reads it,
 * bundles none of what card-ui.js draws with.
 */
import type { CardUi } from './card-ui';

const CARD_UI_GLOBAL = '__qxCardUi';

type WithCardUi = { [CARD_UI_GLOBAL]?: CardUi };

/** card-ui.js's side: lends the cards and the cast to the annotator in the same world. */
export function provideCardUi(ui: CardUi): void {
  (globalThis as WithCardUi)[CARD_UI_GLOBAL] ??= ui;
}

/** What card-ui.js has lent, if it has run in this world. */
export function lentCardUi(): CardUi | undefined {
  return (globalThis as WithCardUi)[CARD_UI_GLOBAL];
}

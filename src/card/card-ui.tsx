/**
 * The part of the annotator drawn with Preact: the card layer (the cards and @floating-ui's
 * placing) and the cast, in the strings of card-strings.ts through i18next. It ships as a script of
 * its own, card-ui.js (entrypoints/card-ui.ts), which the background injects with ui-kit.js (Preact
 * and i18next) when the reader first moves, so that the page script that marks the article need
 * carry none of them (src/app/card-ui-loader.ts).
 */
import { render } from 'preact';
import { CARD_STRINGS } from '../i18n/card-strings';
import { createI18n, type UiLanguage } from '../i18n/i18n';
import { Roster, type RosterProps } from '../roster/Roster';
import rosterCss from '../roster/roster.css?inline';
import type { Translate } from './Card';
import { CardLayer, type CardLayerOptions } from './card-layer';
import { pageScheme } from './page-scheme';

/** What the annotator asks a card layer for: card-ui.js adds the strings, in `uiLanguage`. */
export type CardLayerRequest = Omit<CardLayerOptions, 't'>;

/** What the annotator gives the cast to draw: card-ui.js adds the strings and the page's colour scheme. */
export type RosterRequest = Omit<RosterProps, 't' | 'scheme'> & { uiLanguage: UiLanguage };

export interface CardUi {
  createCardLayer(options: CardLayerRequest): CardLayer;
  /** The cast's stylesheet, for the panel it is drawn in. */
  readonly rosterCss: string;
  /** Draws the cast into `container` (in the page's colour scheme), or clears it (null). */
  renderRoster(container: HTMLElement, props: RosterRequest | null): void;
}

/**
 * The cards' and the cast's strings in every interface language, made ready as card-ui.js arrives,
 * before the card drawn unseen then (src/card/deferred-layer.ts): a reader's first card never waits
 * for i18next. Each pass asks in its own language (a change of language makes a new pass).
 */
const i18n = createI18n('en', CARD_STRINGS);
const translatorFor = (lng: UiLanguage): Translate => i18n.getFixedT(lng);

export const cardUi: CardUi = {
  createCardLayer: (options) => new CardLayer({ ...options, t: translatorFor(options.uiLanguage) }),
  rosterCss,
  renderRoster(container, request) {
    if (!request) return render(null, container);
    const { uiLanguage, ...props } = request;
    render(<Roster {...props} t={translatorFor(uiLanguage)} scheme={pageScheme(container.ownerDocument)} />, container);
  },
};

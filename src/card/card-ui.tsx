/**
 * The part of the annotator drawn with Preact: the card layer (the cards and @floating-ui's
 * placing) and the cast. It ships as a script of its own, card-ui.js (entrypoints/card-ui.ts),
 * which the annotator brings in when the reader first moves, so that the page script that marks
 * the article need not carry it (src/app/card-ui-loader.ts).
 */
import { render } from 'preact';
import { Roster, type RosterProps } from '../roster/Roster';
import rosterCss from '../roster/roster.css?inline';
import { CardLayer, type CardLayerOptions } from './card-layer';
import { pageScheme } from './page-scheme';

export interface CardUi {
  createCardLayer(options: CardLayerOptions): CardLayer;
  /** The cast's stylesheet, for the panel it is drawn in. */
  readonly rosterCss: string;
  /** Draws the cast into `container` (in the page's colour scheme), or clears it (null). */
  renderRoster(container: HTMLElement, props: Omit<RosterProps, 'scheme'> | null): void;
}

export const cardUi: CardUi = {
  createCardLayer: (options) => new CardLayer(options),
  rosterCss,
  renderRoster: (container, props) => render(props ? <Roster {...props} scheme={pageScheme(container.ownerDocument)} /> : null, container),
};

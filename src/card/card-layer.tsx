/**
 * Shows one card at a time in our shadow root, placed next to its mention by @floating-ui/dom
 * (flips above when there is no room below, shifts to stay inside the viewport), or on a phone as
 * a sheet along the bottom of the screen.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { CompiledEntry } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import type { ToTraditional } from '../i18n/traditional';
import { Card, type Translate } from './Card';
import type { CardView } from './card-view';
import cardCss from './card.css?inline';
import { pageScheme } from './page-scheme';

export interface CardLayerOptions {
  shadowRoot: ShadowRoot;
  view: CardView;
  uiLanguage: UiLanguage;
  toTraditional: ToTraditional;
  t: Translate;
  onPointerEnter(): void;
  onPointerLeave(): void;
  onCloseRequest(): void;
}

/**
 * A phone: a touch screen narrower than 600 px, or lower than 500 px (turned sideways). There a
 * card next to its mention would cover the text around it or have no room, so it is a bottom
 * sheet. A narrow window with a mouse keeps cards by their mentions: a pointer on its way down
 * to a sheet would leave the mention long enough for the card to close.
 */
export const SHEET_MEDIA = '(pointer: coarse) and ((max-width: 599px) or (max-height: 499px))';

export class CardLayer {
  private readonly container: HTMLElement;
  private stopFollowing: (() => void) | undefined;
  anchor: HTMLElement | null = null;

  constructor(private readonly options: CardLayerOptions) {
    const { shadowRoot } = options;
    const style = document.createElement('style');
    style.textContent = cardCss;
    this.container = document.createElement('div');
    this.container.className = 'layer';
    shadowRoot.append(style, this.container);
  }

  get element(): HTMLElement | null {
    return this.container.querySelector<HTMLElement>('.card');
  }

  /** Shows the entry's card for `anchor`; with `details`, its details are open from the start. */
  show(entry: CompiledEntry, anchor: HTMLElement, details: boolean): void {
    const { view, uiLanguage, toTraditional, t } = this.options;
    this.stopFollowing?.();
    this.anchor = anchor;
    const sheet = matchMedia(SHEET_MEDIA).matches;
    render(
      <Card
        // A card pinned while open (focus, then Enter) is drawn anew, with its details open.
        key={`${entry.id} ${details} ${sheet}`}
        entry={entry}
        view={view}
        uiLanguage={uiLanguage}
        toTraditional={toTraditional}
        t={t}
        scheme={pageScheme(document)}
        details={details}
        sheet={sheet}
        onClose={this.options.onCloseRequest}
        onPointerEnter={this.options.onPointerEnter}
        onPointerLeave={this.options.onPointerLeave}
      />,
      this.container,
    );
    const card = this.element!;
    if (sheet) return; // its place is the stylesheet's
    const place = () =>
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Where neither side has room for the whole card, it fits the larger side and scrolls.
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopFollowing = autoUpdate(anchor, card, place);
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.anchor = null;
    render(null, this.container);
  }
}

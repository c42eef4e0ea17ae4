/**
 * Opens and closes cards as a reader would expect: after a hover pause (and not while the pointer
 * is on the card), on keyboard focus, on Enter or Space (moving focus into the card), on tap; and
 * closes them with Escape (focus goes back to the mention), on leaving, or on a tap elsewhere.
 * Everything it listens to stops when `signal` aborts.
 */
import type { MarkingEntry } from '../glossary/types';
import type { CardLayerRequest } from './card-ui';
import { DeferredLayer, type LoadedLayer } from './deferred-layer';
import { HoverIntent, type HoverState } from './hover-intent';

/** What the controller needs to know about mentions; the annotator (src/app) supplies it. */
export interface MentionAccess {
  /** The mention an event happened on (its first piece), or null. */
  mentionAt(target: EventTarget | null): HTMLElement | null;
  entryOf(mention: HTMLElement): MarkingEntry | undefined;
  /** Tells the mention its card is open or closed (aria-expanded and its style). */
  setExpanded(mention: HTMLElement, expanded: boolean): void;
}

export interface CardControllerOptions extends Omit<CardLayerRequest, 'onPointerEnter' | 'onPointerLeave' | 'onCloseRequest'> {
  doc: Document;
  mentions: MentionAccess;
  signal: AbortSignal;
  /** Cards open with their details shown, not only pinned ones (the reader view). */
  detailsAlways?: boolean;
  /** A card was decided to open (for the benchmark's performance marks) or the hover state changed. */
  onHoverState?(state: HoverState): void;
  /**
   * The card layer, from card-ui.js, with the whole entries (the cards' texts come with it): brought
   * in on the reader's first move, or when a card is first wanted.
   */
  loadLayer(options: CardLayerRequest): Promise<LoadedLayer>;
  /** An entry whose card the layer draws unseen on arrival, so the first card a reader opens is as quick as the rest. */
  warmUpEntry?(): MarkingEntry | undefined;
}

/** What tells that the reader is about to use the page: any of these, once, brings the cards in. */
const FIRST_MOVES = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;

function isElement(target: EventTarget | null): target is Element {
  return target !== null && (target as Node).nodeType === 1;
}

/** What the event handlers can do to cards, and the state they share. */
interface Cards {
  layer: DeferredLayer;
  intent: HoverIntent<HTMLElement>;
  /**
   * A card opened with Enter or Space is pinned: it shows its details at once, and stays until
   * Escape, its close button, or a click elsewhere, whatever the pointer or focus does meanwhile.
   */
  pinned: boolean;
  /** True while focus goes back to a mention as its card closes: that focus must not open it again. */
  returningFocus: boolean;
  open(mention: HTMLElement, pin?: boolean): void;
  close(returnFocus: boolean): void;
}

/** Opens and closes cards, with the hover intent and the card layer they need. */
function createCards(options: CardControllerOptions): Cards {
  const { mentions } = options;
  let pointerOnCard = false;
  const cards: Cards = {
    pinned: false,
    returningFocus: false,
    open(mention, pin = false) {
      const entry = mentions.entryOf(mention);
      if (!entry) return;
      cards.pinned = pin;
      performance.mark('qx:card-open');
      if (layer.anchor && layer.anchor !== mention) mentions.setExpanded(layer.anchor, false);
      layer.show(entry, mention, pin || options.detailsAlways === true);
      mentions.setExpanded(mention, true);
    },
    close(returnFocus) {
      const anchor = layer.anchor;
      cards.pinned = false;
      intent.cancel();
      layer.hide();
      if (!anchor) return;
      mentions.setExpanded(anchor, false);
      if (!returnFocus) return;
      cards.returningFocus = true;
      anchor.focus({ preventScroll: true });
      cards.returningFocus = false;
    },
  } as Cards;
  const intent = (cards.intent = new HoverIntent<HTMLElement>(
    { open: (mention) => cards.open(mention), close: () => !pointerOnCard && !cards.pinned && cards.close(false) },
    globalThis,
    options.onHoverState,
  ));
  const layerOptions: CardLayerRequest = {
    ...options,
    onPointerEnter: () => {
      pointerOnCard = true;
      intent.stay();
    },
    onPointerLeave: () => {
      pointerOnCard = false;
      intent.leave();
    },
    onCloseRequest: () => cards.close(true),
  };
  const layer = (cards.layer = new DeferredLayer(() => options.loadLayer(layerOptions), options.signal, options.warmUpEntry));
  return cards;
}

/** Wires pointer, keyboard, focus and touch on mentions to the cards, until `signal` aborts. */
export function startCardController(options: CardControllerOptions): void {
  const { doc, mentions, signal } = options;
  const cards = createCards(options);
  const { layer, intent } = cards;
  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, listener, { capture: true, signal });

  const firstMove = new AbortController();
  signal.addEventListener('abort', () => firstMove.abort(), { signal: firstMove.signal });
  const prepare = () => {
    firstMove.abort();
    layer.prepare();
  };
  for (const type of FIRST_MOVES) doc.addEventListener(type, prepare, { capture: true, passive: true, signal: firstMove.signal });

  on('mouseover', (event) => {
    const mention = mentions.mentionAt(event.target);
    if (mention && mention !== layer.anchor) intent.enter(mention);
    else if (mention) intent.stay();
  });
  on('mouseout', (event) => {
    const from = mentions.mentionAt(event.target);
    if (from && from !== mentions.mentionAt(event.relatedTarget)) intent.leave();
  });
  on('focusin', (event) => {
    const mention = mentions.mentionAt(event.target);
    if (!mention || cards.returningFocus) return;
    intent.cancel();
    cards.open(mention);
  });
  on('focusout', (event) => {
    const to = event.relatedTarget;
    const stillOurs = mentions.mentionAt(to) !== null || (isElement(to) && to.localName === 'qx-overlay');
    if (mentions.mentionAt(event.target) && !stillOurs && !cards.pinned) cards.close(false);
  });
  on('keydown', (event) => {
    if (event.key === 'Escape' && layer.anchor) {
      cards.close(true);
      return;
    }
    const mention = mentions.mentionAt(event.target);
    if (mention && (event.key === 'Enter' || event.key === ' ') && mention.closest('a') === null) {
      event.preventDefault();
      cards.open(mention, true);
      layer.whenShown((card) => card.querySelector<HTMLElement>('button, a')?.focus());
    }
  });
  on('pointerdown', (event) => {
    const mention = mentions.mentionAt(event.target);
    if (mention && event.pointerType !== 'mouse') cards.open(mention);
    else if (!mention && layer.anchor && !(layer.element && event.composedPath().includes(layer.element))) cards.close(false);
  });

  signal.addEventListener('abort', () => {
    intent.cancel();
    layer.hide();
  });
}

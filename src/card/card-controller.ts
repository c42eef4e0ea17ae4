/**
 * Opens and closes cards as a reader would expect: after a hover pause (and not while the pointer
 * is on the card), on keyboard focus, on Enter or Space (moving focus into the card), on tap; and
 * closes them with Escape (focus goes back to the mention), on leaving, or on a tap elsewhere.
 */
import { MENTION_TAG } from '../annotate/mention-element';
import type { ArticleKind } from '../detect/detect';
import type { CompiledEntry } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import type { ToTraditional } from '../i18n/traditional';
import type { Translate } from './Card';
import { CardLayer } from './card-layer';
import { HoverIntent } from './hover-intent';

/** Events can come from text nodes, the window or other worlds' wrappers: test the node type, not the class. */
function asElement(target: EventTarget | null): Element | null {
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

export interface CardsOptions {
  doc: Document;
  /** Our overlay's shadow root, where the card is drawn. */
  shadowRoot: ShadowRoot;
  kind: ArticleKind;
  uiLanguage: UiLanguage;
  toTraditional: ToTraditional;
  t: Translate;
  entries: Map<string, CompiledEntry>;
}

/** Wires pointer, keyboard, focus and touch on mentions to the card layer. */
export function startCards({ doc, shadowRoot, kind, uiLanguage, toTraditional, t, entries }: CardsOptions): { stop(): void; lastOpenMs(): number | null } {
  const mentionAt = (target: EventTarget | null): HTMLElement | null => {
    const element = asElement(target)?.closest<HTMLElement>(MENTION_TAG);
    // Pieces of a split mention share one card, anchored on the first piece.
    if (!element) return null;
    return doc.querySelector<HTMLElement>(`${MENTION_TAG}[data-qx-mention="${element.dataset.qxMention}"][role]`) ?? element;
  };

  let pointerOnCard = false;
  // A card opened with Enter or Space is pinned: it stays until Escape, its close button, or a
  // click elsewhere, whatever the pointer or focus does meanwhile.
  let pinned = false;
  // Focus going back to a mention as its card closes must not open the card again.
  let returningFocus = false;
  const intent = new HoverIntent<HTMLElement>({
    open: (mention) => open(mention),
    close: () => {
      if (!pointerOnCard && !pinned) close(false);
    },
  });
  const layer = new CardLayer({
    shadowRoot,
    kind,
    uiLanguage,
    toTraditional,
    t,
    onPointerEnter: () => {
      pointerOnCard = true;
      intent.stay();
    },
    onPointerLeave: () => {
      pointerOnCard = false;
      intent.leave();
    },
    onCloseRequest: () => close(true),
  });

  // For the benchmark: from the decision to open a card to the frame that paints it.
  let lastOpenMs: number | null = null;

  function open(mention: HTMLElement, pin = false) {
    const entry = entries.get(mention.dataset.qxEntry ?? '');
    if (!entry) return;
    pinned = pin;
    const started = performance.now();
    if (layer.anchor && layer.anchor !== mention) setExpanded(layer.anchor, false);
    layer.show(entry, mention);
    setExpanded(mention, true);
    requestAnimationFrame(() => (lastOpenMs = performance.now() - started));
  }

  function close(returnFocus: boolean) {
    const anchor = layer.anchor;
    pinned = false;
    intent.cancel();
    layer.hide();
    if (!anchor) return;
    setExpanded(anchor, false);
    if (returnFocus) {
      returningFocus = true;
      anchor.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  // Expanded state is an attribute on our own element, not on a page element.
  function setExpanded(mention: HTMLElement, expanded: boolean) {
    mention.setAttribute('aria-expanded', String(expanded));
    mention.toggleAttribute('data-qx-open', expanded);
  }

  const listeners: Array<[EventTarget, string, EventListener]> = [
    [doc, 'mouseover', (event) => {
      const mention = mentionAt(event.target);
      if (mention && mention !== layer.anchor) intent.enter(mention);
      else if (mention) intent.stay();
    }],
    [doc, 'mouseout', (event) => {
      const from = mentionAt(event.target);
      const to = mentionAt((event as MouseEvent).relatedTarget);
      if (from && from !== to) intent.leave();
    }],
    [doc, 'focusin', (event) => {
      const mention = mentionAt(event.target);
      if (mention && !returningFocus) {
        intent.cancel();
        open(mention);
      }
    }],
    [doc, 'focusout', (event) => {
      const to = (event as FocusEvent).relatedTarget;
      const stillOurs = mentionAt(to) !== null || asElement(to)?.localName === 'qx-overlay';
      if (mentionAt(event.target) && !stillOurs && !pinned) close(false);
    }],
    [doc, 'keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Escape' && layer.anchor) {
        close(true);
        return;
      }
      const mention = mentionAt(event.target);
      if (mention && (key === 'Enter' || key === ' ') && mention.closest('a') === null) {
        event.preventDefault();
        open(mention, true);
        layer.element?.querySelector<HTMLElement>('button, a')?.focus();
      }
    }],
    [doc, 'pointerdown', (event) => {
      const pointer = event as PointerEvent;
      const mention = mentionAt(pointer.target);
      if (mention && pointer.pointerType !== 'mouse') open(mention);
      else if (!mention && layer.anchor && !pointer.composedPath().includes(layer.element!)) close(false);
    }],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true);

  return {
    lastOpenMs: () => lastOpenMs,
    stop() {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true);
      intent.cancel();
      layer.hide();
    },
  };
}

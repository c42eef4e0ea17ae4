/**
 * The card layer as the card controller sees it from the moment the page is marked, though the
 * real one (card-layer.tsx, with Preact and @floating-ui) arrives later, in card-ui.js: a card
 * asked for before then is shown as soon as it arrives, if it is still wanted.
 */
import type { CompiledEntry } from '../glossary/types';
import type { CardLayer } from './card-layer';

interface WantedCard {
  entry: CompiledEntry;
  anchor: HTMLElement;
  details: boolean;
}

export class DeferredLayer {
  private real: CardLayer | null = null;
  private loading: Promise<void> | null = null;
  private wanted: WantedCard | null = null;
  private afterShow: ((card: HTMLElement) => void) | null = null;
  /** The mention whose card is open, or asked for and on its way. */
  anchor: HTMLElement | null = null;

  constructor(
    private readonly load: () => Promise<CardLayer>,
    private readonly signal: AbortSignal,
    /** A card to draw unseen once the layer arrives, unless a card is wanted already (see warmUpSoon). */
    private readonly warmUpEntry: () => CompiledEntry | undefined = () => undefined,
  ) {}

  /** The card on screen, if any. */
  get element(): HTMLElement | null {
    return this.real?.element ?? null;
  }

  /** Starts bringing the real layer in (the reader moved: a card may be wanted soon). */
  prepare(): void {
    this.loading ??= this.load().then(
      (layer) => {
        if (this.signal.aborted) return;
        this.real = layer;
        if (this.wanted) this.show(this.wanted.entry, this.wanted.anchor, this.wanted.details);
        else this.warmUpSoon(layer);
      },
      // The extension reloading took the script away: nothing to show; the next move tries again.
      () => void (this.loading = null),
    );
  }

  /**
   * Draws a card and takes it away in the same task, so that nothing of it reaches the screen or
   * the accessibility tree, and the first card a reader opens finds the card's code run once and its
   * layout's fonts resolved: the first card took 13 ms more than any later one. In a task of its
   * own, unless a card was asked for meanwhile.
   */
  private warmUpSoon(layer: CardLayer): void {
    const entry = this.warmUpEntry();
    if (!entry) return;
    setTimeout(() => {
      if (this.signal.aborted || this.anchor) return;
      layer.show(entry, document.body, true);
      layer.element?.getBoundingClientRect();
      layer.hide();
    }, 0);
  }

  show(entry: CompiledEntry, anchor: HTMLElement, details: boolean): void {
    this.anchor = anchor;
    if (!this.real) {
      this.wanted = { entry, anchor, details };
      this.prepare();
      return;
    }
    this.wanted = null;
    this.real.show(entry, anchor, details);
    const then = this.afterShow;
    this.afterShow = null;
    if (then && this.real.element) then(this.real.element);
  }

  /** Runs `callback` with the card once it is on screen (now, or when the layer arrives). */
  whenShown(callback: (card: HTMLElement) => void): void {
    if (this.real?.element) callback(this.real.element);
    else if (this.anchor) this.afterShow = callback;
  }

  hide(): void {
    this.anchor = null;
    this.wanted = null;
    this.afterShow = null;
    this.real?.hide();
  }
}

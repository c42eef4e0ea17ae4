/**
 * The card layer as the card controller sees it from the moment the page is marked, though the
 * real one (card-layer.tsx, with Preact and @floating-ui) arrives later, in card-ui.js: a card
 * asked for before then is shown as soon as it arrives, if it is still wanted. The annotator knows
 * its entries by their marking part; the whole entries, with the cards' texts, arrive with the layer.
 */
import type { CompiledEntry, MarkingEntry } from '../glossary/types';
import type { CardLayer } from './card-layer';

/** The real layer, and the whole entries it draws. */
export interface LoadedLayer {
  layer: CardLayer;
  entryOf(id: string): CompiledEntry | undefined;
}

interface WantedCard {
  entry: MarkingEntry;
  anchor: HTMLElement;
  details: boolean;
}

export class DeferredLayer {
  private real: LoadedLayer | null = null;
  private loading: Promise<void> | null = null;
  private wanted: WantedCard | null = null;
  private afterShow: ((card: HTMLElement) => void) | null = null;
  /** The mention whose card is open, or asked for and on its way. */
  anchor: HTMLElement | null = null;

  constructor(
    private readonly load: () => Promise<LoadedLayer>,
    private readonly signal: AbortSignal,
    /** A card to draw unseen once the layer arrives, unless a card is wanted already (see warmUpSoon). */
    private readonly warmUpEntry: () => MarkingEntry | undefined = () => undefined,
  ) {}

  /** The card on screen, if any. */
  get element(): HTMLElement | null {
    return this.real?.layer.element ?? null;
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
  private warmUpSoon({ layer, entryOf }: LoadedLayer): void {
    const wanted = this.warmUpEntry();
    const entry = wanted && entryOf(wanted.id);
    if (!entry) return;
    setTimeout(() => {
      if (this.signal.aborted || this.anchor) return;
      layer.show(entry, document.body, true);
      layer.element?.getBoundingClientRect();
      layer.hide();
    }, 0);
  }

  show(entry: MarkingEntry, anchor: HTMLElement, details: boolean): void {
    this.anchor = anchor;
    if (!this.real) {
      this.wanted = { entry, anchor, details };
      this.prepare();
      return;
    }
    this.wanted = null;
    const whole = this.real.entryOf(entry.id);
    if (!whole) return this.hide();
    const { layer } = this.real;
    layer.show(whole, anchor, details);
    const then = this.afterShow;
    this.afterShow = null;
    if (then && layer.element) then(layer.element);
  }

  /** Runs `callback` with the card once it is on screen (now, or when the layer arrives). */
  whenShown(callback: (card: HTMLElement) => void): void {
    if (this.element) callback(this.element);
    else if (this.anchor) this.afterShow = callback;
  }

  hide(): void {
    this.anchor = null;
    this.wanted = null;
    this.afterShow = null;
    this.real?.layer.hide();
  }
}

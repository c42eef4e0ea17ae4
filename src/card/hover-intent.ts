/**
 * When to open and close a card, after Wikipedia's Page Previews: open after the pointer rests on
 * a mention, stay open while it moves onto the card, close a while after it leaves both.
 */
export const OPEN_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 300;

/** What the intent is waiting to do: nothing, open a card, or close one. */
export type HoverState = 'idle' | 'opening' | 'closing';

type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

export class HoverIntent<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: HoverState = 'idle';

  constructor(
    private readonly actions: { open(target: T): void; close(): void },
    private readonly timers: Timers = globalThis,
    /** Told each time the state changes, so a test can wait for "nothing pending" instead of sleeping. */
    private readonly onState: (state: HoverState) => void = () => {},
  ) {}

  get pending(): HoverState {
    return this.state;
  }

  /** The pointer entered a mention. */
  enter(target: T): void {
    this.wait('opening', OPEN_DELAY_MS, () => this.actions.open(target));
  }

  /** The pointer left a mention or the card. */
  leave(): void {
    this.wait('closing', CLOSE_DELAY_MS, () => this.actions.close());
  }

  /** The pointer is on the card (or back on its mention): keep it. */
  stay(): void {
    if (this.state === 'closing') this.cancel();
  }

  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.setState('idle');
  }

  private wait(state: HoverState, delay: number, action: () => void): void {
    this.cancel();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.setState('idle');
      action();
    }, delay);
    this.setState(state);
  }

  private setState(state: HoverState): void {
    if (state === this.state) return;
    this.state = state;
    this.onState(state);
  }
}

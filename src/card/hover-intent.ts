/**
 * When to open and close a card, after Wikipedia's Page Previews: open after the pointer rests on
 * a mention, stay open while it moves onto the card, close a while after it leaves both.
 */
export const OPEN_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 300;

export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly actions: { open(target: T): void; close(): void },
    private readonly timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
  ) {}

  /** The pointer entered a mention. */
  enter(target: T): void {
    this.cancelClose();
    this.cancelOpen();
    this.openTimer = this.timers.setTimeout(() => this.actions.open(target), OPEN_DELAY_MS);
  }

  /** The pointer left a mention or the card. */
  leave(): void {
    this.cancelOpen();
    this.cancelClose();
    this.closeTimer = this.timers.setTimeout(() => this.actions.close(), CLOSE_DELAY_MS);
  }

  /** The pointer is on the card: keep it. */
  stay(): void {
    this.cancelClose();
  }

  cancel(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}

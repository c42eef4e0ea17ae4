/**
 * Scripts the benchmark adds to the page's main world before it navigates (page.addInitScript).
 * Each is sent to the page as source, so it must stand alone: no imports, no outside names.
 * They only observe: a performance.mark() for the trace, and a console.debug('qx-bench:NAME') that
 * PageSignals (waits.ts) hears, so the benchmark waits for the page, never polls it.
 */

/**
 * The annotator's first marking pass has finished (our overlay states it: data-qx-generation):
 * performance.mark('qx-bench-settled') and the signal 'settled'. An attribute filter keeps the
 * observer from seeing any other change to the page; the cost is the same with and without the
 * extension, where it never fires.
 */
export function observeSettled(): void {
  const observer = new MutationObserver(() => {
    observer.disconnect();
    performance.mark('qx-bench-settled');
    console.debug('qx-bench:settled');
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-qx-generation'] });
}

/**
 * For the article runs: besides 'settled', performance.mark('qx-bench-marked') as soon as the first
 * mention is in the DOM, and a mark and signal for each card's first frame.
 *
 * The first mention: the observer runs in the microtask checkpoint right after the annotator's
 * synchronous marking step, so the mark is the moment every mention is in the DOM.
 *
 * A card: once a `.card` enters our overlay (open shadow root), the next animation frame is the
 * one that paints it; its requestAnimationFrame callback takes performance.mark('qx-bench-card-frame'),
 * keeps the time since the annotator's qx:card-open mark (its hover intent fired) in
 * window.__benchCardMs, and sends 'card' from the next task, once that frame is painted. Watching
 * for the card itself, not only for the open mark, keeps the figure honest should a card ever be
 * drawn later than the task that opens it.
 */
export function observeArticle(): void {
  const signal = (name: string) => console.debug(`qx-bench:${name}`);
  const cardTimes: number[] = [];
  (window as unknown as { __benchCardMs: number[] }).__benchCardMs = cardTimes;
  // Still in the page when the observer runs: the annotator draws one card unseen (added and taken
  // away in one task) when the cards arrive, to warm them up; that one never reaches the screen.
  const isCard = (node: Node) => node instanceof Element && node.isConnected && (node.matches('.card') || node.querySelector('.card') !== null);
  const watchCards = (overlay: ShadowRoot) =>
    new MutationObserver((records) => {
      if (!records.some((record) => [...record.addedNodes].some(isCard))) return;
      requestAnimationFrame(() => {
        const opened = performance.getEntriesByName('qx:card-open', 'mark').at(-1);
        performance.mark('qx-bench-card-frame');
        cardTimes.push(opened ? performance.now() - opened.startTime : Number.NaN);
        // Not before the frame's task has painted and ended, so that a trace stopped on hearing it holds that task whole.
        setTimeout(() => signal('card'), 0);
      });
    }).observe(overlay, { childList: true, subtree: true });

  const firstMention = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some((node) => node.nodeName === 'QX-MENTION'))) return;
    performance.mark('qx-bench-marked');
    firstMention.disconnect();
  });
  // The annotator runs after the detector, at document_idle: no need to watch the parser.
  document.addEventListener('DOMContentLoaded', () => firstMention.observe(document, { childList: true, subtree: true }));

  const settled = new MutationObserver(() => {
    settled.disconnect();
    performance.mark('qx-bench-settled');
    const overlay = document.querySelector('qx-overlay')?.shadowRoot;
    if (overlay) watchCards(overlay);
    signal('settled');
  });
  settled.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-qx-generation'] });
}

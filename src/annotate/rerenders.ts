/**
 * Keeps the marks right on pages whose scripts change the article after we marked it (frameworks
 * re-rendering paragraphs, pages adding text): new text inside the article is marked within the
 * same task, a text node the page rewrote loses the pieces we had split off it (so nothing shows
 * twice), and our own writes never wake the observer. It stops when `signal` aborts.
 */
import type { PageWriter } from './page-writer';
import { UNTOUCHABLE_SELECTOR } from './text-runs';

export interface RerenderWatcher {
  /** Runs our own writes without reacting to them. */
  quietly(write: () => void): void;
}

export interface RerenderOptions {
  doc: Document;
  writer: PageWriter;
  /** The live elements that hold article text; grows as the page adds to the article. */
  scopeElements: Set<Element>;
  /** Mark the text in these blocks (each already in scope). */
  annotate(blocks: Element[]): void;
  /** The page changed the article: some marks may be gone, and `annotate` has marked what is new. */
  onChanged(): void;
  signal: AbortSignal;
}

const OUR_TAGS = new Set(['QX-MENTION', 'QX-GLOSS', 'QX-CITE', 'QX-OVERLAY']);

function isOurs(node: Node): boolean {
  return OUR_TAGS.has(node.nodeName) || (node.parentElement !== null && node.parentElement.closest('qx-mention, qx-gloss, qx-cite') !== null);
}

/** Only the outermost of the changed blocks: their runs cover the inner ones. */
function outermost(blocks: Set<Element>): Element[] {
  return [...blocks].filter((block) => ![...blocks].some((other) => other !== block && other.contains(block)));
}

export function watchForRerenders(options: RerenderOptions): RerenderWatcher {
  const { doc, writer, scopeElements, signal } = options;
  const view = doc.defaultView;
  if (!view || !doc.body) return { quietly: (write) => write() };

  const addToScope = (node: Node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    scopeElements.add(element);
    for (const child of element.querySelectorAll('*')) scopeElements.add(child);
  };

  /** Article text lives here, or this holds article paragraphs (a new paragraph appended to the body). */
  const inArticle = (element: Element) => scopeElements.has(element) || [...element.children].some((child) => scopeElements.has(child));

  /** Blocks with new text to mark; releases the text nodes the page rewrote or removed. Null: nothing of the article changed. */
  const changedBlocks = (records: MutationRecord[]): Set<Element> | null => {
    const blocks = new Set<Element>();
    let touched = false;
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target || isOurs(record.target) || !inArticle(target) || target.closest(UNTOUCHABLE_SELECTOR)) continue;
      touched = true;
      if (record.type === 'characterData') {
        writer.release(record.target as Text);
        blocks.add(target);
        continue;
      }
      for (const removed of record.removedNodes) if (writer.ownsText(removed)) writer.release(removed as Text);
      const added = [...record.addedNodes].filter((node) => !isOurs(node));
      added.forEach(addToScope);
      if (added.length > 0) blocks.add(target);
    }
    return touched ? blocks : null;
  };

  const handle = (records: MutationRecord[]) => {
    const blocks = changedBlocks(records);
    if (!blocks) return;
    quietly(() => {
      if (blocks.size > 0) options.annotate(outermost(blocks));
      options.onChanged();
    });
  };

  const observer = new view.MutationObserver(handle);

  function quietly(write: () => void): void {
    // Whatever the page changed before our write is still handled; what we write is not.
    const pending = observer.takeRecords();
    if (pending.length > 0) handle(pending);
    write();
    observer.takeRecords();
  }

  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
  return { quietly };
}

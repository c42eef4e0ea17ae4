/**
 * Keeps the marks right on pages whose scripts change the article after we marked it (frameworks
 * re-rendering paragraphs, pages adding text): new text inside the article is marked within the
 * same task, a text node the page rewrote loses the pieces we had split off it (so nothing shows
 * twice), and our own writes never wake the observer.
 */
import type { PageWriter } from './page-writer';
import { UNTOUCHABLE_SELECTOR } from './text-runs';

export interface RerenderWatcher {
  /** Runs our own writes without reacting to them. */
  quietly(write: () => void): void;
  stop(): void;
}

const OUR_TAGS = new Set(['QX-MENTION', 'QX-GLOSS', 'QX-CITE', 'QX-OVERLAY']);

function isOurs(node: Node): boolean {
  return OUR_TAGS.has(node.nodeName) || (node.parentElement !== null && node.parentElement.closest('qx-mention, qx-gloss, qx-cite') !== null);
}

export function watchForRerenders(options: {
  doc: Document;
  writer: PageWriter;
  /** The live elements that hold article text; grows as the page adds to the article. */
  scopeElements: Set<Element>;
  /** Mark the text in these blocks (each already in scope). */
  annotate(blocks: Element[]): void;
}): RerenderWatcher {
  const { doc, writer, scopeElements, annotate } = options;
  const view = doc.defaultView;
  if (!view || !doc.body) return { quietly: (write) => write(), stop() {} };

  const addToScope = (node: Node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    scopeElements.add(element);
    for (const child of element.querySelectorAll('*')) scopeElements.add(child);
  };

  /** Article text lives here, or this holds article paragraphs (a new paragraph appended to the body). */
  const inArticle = (element: Element) => scopeElements.has(element) || [...element.children].some((child) => scopeElements.has(child));

  const handle = (records: MutationRecord[]) => {
    const blocks = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target || isOurs(record.target) || !inArticle(target) || target.closest(UNTOUCHABLE_SELECTOR)) continue;
      if (record.type === 'characterData') {
        writer.release(record.target as Text);
        blocks.add(target);
        continue;
      }
      for (const removed of record.removedNodes) if (writer.ownsText(removed)) writer.release(removed as Text);
      let added = false;
      for (const node of record.addedNodes) {
        if (isOurs(node)) continue;
        addToScope(node);
        added = true;
      }
      if (added) blocks.add(target);
    }
    if (blocks.size === 0) return;
    // Only the outermost changed blocks: their runs cover the inner ones.
    const outermost = [...blocks].filter((block) => ![...blocks].some((other) => other !== block && other.contains(block)));
    quietly(() => annotate(outermost));
  };

  const observer = new view.MutationObserver(handle);
  const observe = () => observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  function quietly(write: () => void): void {
    // Whatever the page changed before our write is still handled; what we write is not.
    const pending = observer.takeRecords();
    if (pending.length > 0) handle(pending);
    write();
    observer.takeRecords();
  }

  observe();
  return {
    quietly,
    stop: () => observer.disconnect(),
  };
}

/**
 * The only module that writes to the page. Every change it makes is recorded so that undoAll()
 * leaves the DOM as it found it: wrapped text nodes get their original data back (the same node
 * objects, so a page script holding a reference keeps a working one), and every node it inserted
 * is removed. It never changes an attribute of a page element.
 */

export interface WrapPiece {
  /** Offsets into the text node's data. Pieces must be sorted and must not overlap. */
  start: number;
  end: number;
  /** Makes the element that will hold this piece's text. */
  create(text: string): HTMLElement;
}

interface TextEdit {
  node: Text;
  original: string;
  inserted: Node[];
}

export class PageWriter {
  private readonly textEdits = new Map<Text, TextEdit>();
  private readonly insertions = new Set<Node>();

  constructor(private readonly doc: Document) {}

  /**
   * Replaces pieces of a text node with elements holding the same text. The node itself keeps the
   * text before the first piece; new text nodes carry the gaps. Returns the elements, in order.
   */
  wrapText(node: Text, pieces: readonly WrapPiece[]): HTMLElement[] {
    const parent = node.parentNode;
    if (!parent || pieces.length === 0) return [];
    const original = node.data;
    const created: Node[] = [];
    const elements: HTMLElement[] = [];
    let cursor = pieces[0]!.start;
    for (const piece of pieces) {
      if (piece.start > cursor) created.push(this.doc.createTextNode(original.slice(cursor, piece.start)));
      const element = piece.create(original.slice(piece.start, piece.end));
      created.push(element);
      elements.push(element);
      cursor = piece.end;
    }
    if (cursor < original.length) created.push(this.doc.createTextNode(original.slice(cursor)));
    node.data = original.slice(0, pieces[0]!.start);
    node.after(...created);
    // A node split again keeps its first record: undo must bring back the page's own text.
    const earlier = this.textEdits.get(node);
    if (earlier) earlier.inserted.push(...created);
    else this.textEdits.set(node, { node, original, inserted: created });
    return elements;
  }

  /** Inserts a node of ours right after `reference`; remove it with remove() or undoAll(). */
  insertAfter(reference: Node, node: Node): void {
    reference.parentNode?.insertBefore(node, reference.nextSibling);
    this.insertions.add(node);
  }

  /** Adds a stylesheet of ours to the page (for marks and glosses, which live in the page's DOM). */
  addStyle(css: string): void {
    const style = this.doc.createElement('style');
    style.dataset.qx = '';
    style.textContent = css;
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.insertions.add(style);
  }

  /** Adds the host element of our overlay (cards) and returns its shadow root, isolated from page CSS. */
  addOverlayHost(): ShadowRoot {
    const host = this.doc.createElement('qx-overlay');
    this.doc.documentElement.append(host);
    this.insertions.add(host);
    return host.attachShadow({ mode: 'open' });
  }

  /** Adds a panel of ours (the cast) with its stylesheet to our overlay; the overlay's removal takes it too. */
  addOverlayPanel(shadowRoot: ShadowRoot, css: string): HTMLElement {
    const style = this.doc.createElement('style');
    style.textContent = css;
    const panel = this.doc.createElement('div');
    shadowRoot.append(style, panel);
    return panel;
  }

  /**
   * States a fact about the annotator on our overlay's host (data-qx-NAME), where tests and the
   * benchmark wait for it: how many marking passes have finished, whether a card is about to open
   * or close. Our own element only: page elements never get an attribute of ours.
   */
  setOverlayState(shadowRoot: ShadowRoot, name: string, value: string): void {
    if (this.insertions.has(shadowRoot.host)) shadowRoot.host.setAttribute(`data-qx-${name}`, value);
  }

  /** True when `node` is a page text node this writer split, whose edit is still in force. */
  ownsText(node: Node): boolean {
    return this.textEdits.has(node as Text);
  }

  /**
   * The page changed or removed a text node we split (a framework re-rendering it): take out the
   * pieces we inserted beside it and leave its data as the page set it, so nothing shows twice.
   */
  release(node: Text): void {
    const edit = this.textEdits.get(node);
    if (!edit) return;
    this.textEdits.delete(node);
    for (const inserted of edit.inserted) inserted.parentNode?.removeChild(inserted);
  }

  remove(node: Node): void {
    if (!this.insertions.delete(node)) return;
    node.parentNode?.removeChild(node);
  }

  undoAll(): void {
    for (const node of this.insertions) node.parentNode?.removeChild(node);
    this.insertions.clear();
    for (const edit of [...this.textEdits.values()].reverse()) undoEdit(edit);
    this.textEdits.clear();
  }
}

/** A split text node as the page had it: our pieces beside it gone, its own data back. */
function undoEdit(edit: TextEdit): void {
  for (const node of edit.inserted) node.parentNode?.removeChild(node);
  edit.node.data = edit.original;
}

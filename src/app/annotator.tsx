/**
 * The annotator's pipeline on a page the detector recognised:
 * extract (Readability) → read text runs → find mentions → mark them → cards, glosses, links.
 * Everything it writes to the page goes through one PageWriter, so stop() undoes all of it.
 */
import glossary from 'virtual:glossary';
import { ARTICLE_REFERENCES, findReferenceUrls } from '../article/references';
import { PageWriter, type WrapPiece } from '../annotate/page-writer';
import marksCss from '../annotate/marks.css?inline';
import { collectTextRuns, segmentsOf, type TextSegment } from '../annotate/text-runs';
import { CardLayer } from '../card/card-layer';
import { HoverIntent } from '../card/hover-intent';
import type { ArticleKind } from '../detect/detect';
import { findArticleScope } from '../extract/article-scope';
import type { Category, CompiledEntry } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import type { Translate } from '../card/Card';
import { buildAliasIndex, type AliasTarget } from '../match/alias-index';
import { createMentionFinder } from '../match/find-mentions';

export interface AnnotatorOptions {
  doc: Document;
  kind: ArticleKind;
  uiLanguage: UiLanguage;
  t: Translate;
  /** Which kinds of entries to mark. */
  categories: ReadonlySet<Category>;
}

interface MarkedMention {
  entry: CompiledEntry;
  target: AliasTarget;
  elements: HTMLElement[];
}

export interface Annotator {
  readonly mentionCount: number;
  setGlosses(on: boolean): void;
  stop(): void;
}

const MENTION_TAG = 'qx-mention';

export function startAnnotator({ doc, kind, uiLanguage, t, categories }: AnnotatorOptions): Annotator | null {
  const scope = findArticleScope(doc);
  if (!scope || !doc.body) return null;

  const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  const finder = createMentionFinder(buildAliasIndex(glossary.entries, kind, categories));
  const writer = new PageWriter(doc);
  writer.addStyle(marksCss);

  // Plan every wrap before making any, so that offsets into runs stay valid.
  const mentions: MarkedMention[] = [];
  const piecesByNode = new Map<Text, Array<WrapPiece & { mention?: MarkedMention }>>();
  const addPiece = (segment: TextSegment, piece: Omit<WrapPiece, 'start' | 'end'> & { mention?: MarkedMention }) => {
    const pieces = piecesByNode.get(segment.node) ?? [];
    pieces.push({ ...piece, start: segment.start, end: segment.end });
    piecesByNode.set(segment.node, pieces);
  };

  for (const run of collectTextRuns(doc.body, scope.elements)) {
    for (const found of finder.find(run.text)) {
      const entry = entries.get(found.target.entryId);
      if (!entry) continue;
      const mention: MarkedMention = { entry, target: found.target, elements: [] };
      const index = mentions.push(mention) - 1;
      segmentsOf(run, found.start, found.end).forEach((segment, part) => {
        addPiece(segment, {
          mention,
          create: (text) => createMentionElement(doc, entry, index, part === 0 && !insideLink(segment.node), text),
        });
      });
    }
    if (kind === 'qbitai') {
      for (const reference of findReferenceUrls(run.text)) {
        for (const segment of segmentsOf(run, reference.start, reference.end)) {
          if (segment.node.parentElement?.closest('a')) continue; // already a link
          addPiece(segment, { create: (text) => createReferenceLink(doc, reference.url, text) });
        }
      }
    }
  }

  for (const [node, pieces] of piecesByNode) {
    pieces.sort((a, b) => a.start - b.start);
    const elements = writer.wrapText(node, pieces);
    pieces.forEach((piece, i) => piece.mention?.elements.push(elements[i]!));
  }

  const cards = startCards({ doc, writer, kind, uiLanguage, t, entries });
  let glosses: HTMLElement[] = [];

  return {
    mentionCount: mentions.length,
    setGlosses(on) {
      for (const gloss of glosses) writer.remove(gloss);
      glosses = [];
      if (!on) return;
      for (const mention of mentions) {
        const text = glossText(mention, kind);
        const last = mention.elements[mention.elements.length - 1];
        if (!text || !last) continue;
        const gloss = doc.createElement('qx-gloss');
        gloss.textContent = ` (${text})`;
        gloss.lang = kind === 'qbitai' ? 'en' : 'zh';
        writer.insertAfter(last, gloss);
        glosses.push(gloss);
      }
    },
    stop() {
      cards.stop();
      writer.undoAll();
    },
  };
}

/** 沙哥 → "Noam Shazeer" on the Chinese article; Shazeer → "沙哥" on the Wired story. */
function glossText({ entry, target }: MarkedMention, kind: ArticleKind): string | null {
  if (kind === 'wired') return entry.nickname?.text ?? entry.name.zh ?? null;
  return target.isNickname ? entry.name.native : null;
}

function insideLink(node: Node): boolean {
  return node.parentElement?.closest('a[href]') != null;
}

/**
 * `focusable` is true for the first piece of a mention only, so Tab stops once per mention; inside a
 * link it is false, since the link already is a stop and its click must stay the link's.
 */
function createMentionElement(doc: Document, entry: CompiledEntry, index: number, focusable: boolean, text: string) {
  const element = doc.createElement(MENTION_TAG);
  element.textContent = text;
  element.dataset.qxEntry = entry.id;
  element.dataset.qxCategory = entry.category;
  element.dataset.qxMention = String(index);
  if (focusable) {
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('aria-expanded', 'false');
  }
  return element;
}

function createReferenceLink(doc: Document, url: string, text: string) {
  const link = doc.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = text;
  link.dataset.qxReference = String(ARTICLE_REFERENCES.find((reference) => reference.url === url)?.number ?? '');
  return link;
}

/** Events can come from text nodes, the window or other worlds' wrappers: test the node type, not the class. */
function asElement(target: EventTarget | null): Element | null {
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

interface CardsOptions {
  doc: Document;
  writer: PageWriter;
  kind: ArticleKind;
  uiLanguage: UiLanguage;
  t: Translate;
  entries: Map<string, CompiledEntry>;
}

/** Wires pointer, keyboard, focus and touch on mentions to the card layer. */
function startCards({ doc, writer, kind, uiLanguage, t, entries }: CardsOptions): { stop(): void } {
  const mentionAt = (target: EventTarget | null): HTMLElement | null => {
    const element = asElement(target)?.closest<HTMLElement>(MENTION_TAG);
    // Pieces of a split mention share one card, anchored on the first piece.
    if (!element) return null;
    return doc.querySelector<HTMLElement>(`${MENTION_TAG}[data-qx-mention="${element.dataset.qxMention}"][role]`) ?? element;
  };

  let pointerOnCard = false;
  const intent = new HoverIntent<HTMLElement>({
    open: (mention) => open(mention),
    close: () => {
      if (!pointerOnCard) close(false);
    },
  });
  const layer = new CardLayer({
    shadowRoot: writer.addOverlayHost(),
    kind,
    uiLanguage,
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

  function open(mention: HTMLElement) {
    const entry = entries.get(mention.dataset.qxEntry ?? '');
    if (!entry) return;
    if (layer.anchor && layer.anchor !== mention) setExpanded(layer.anchor, false);
    layer.show(entry, mention);
    setExpanded(mention, true);
  }

  function close(returnFocus: boolean) {
    const anchor = layer.anchor;
    intent.cancel();
    layer.hide();
    if (!anchor) return;
    setExpanded(anchor, false);
    if (returnFocus) anchor.focus({ preventScroll: true });
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
      if (mention) {
        intent.cancel();
        open(mention);
      }
    }],
    [doc, 'focusout', (event) => {
      const to = (event as FocusEvent).relatedTarget;
      const stillOurs = mentionAt(to) !== null || asElement(to)?.localName === 'qx-overlay';
      if (mentionAt(event.target) && !stillOurs) close(false);
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
        open(mention);
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
    stop() {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true);
      intent.cancel();
      layer.hide();
    },
  };
}

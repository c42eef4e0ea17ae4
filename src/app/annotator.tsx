/**
 * The annotator's pipeline on a page the detector recognised:
 * extract (Readability) → read text runs → find mentions → mark them → cards, glosses, links, cast.
 * Everything it writes to the page goes through one PageWriter, so stop() undoes all of it.
 */
import { render } from 'preact';
import { ARTICLE_REFERENCES, findReferenceUrls } from '../article/references';
import { markRuns, type PlannedPiece } from '../annotate/mark-runs';
import { createMentionElement, insideLink, MENTION_TAG } from '../annotate/mention-element';
import { watchForRerenders } from '../annotate/rerenders';
import { PageWriter } from '../annotate/page-writer';
import marksCss from '../annotate/marks.css?inline';
import { collectTextRuns, segmentsOf, type TextRun } from '../annotate/text-runs';
import type { Translate } from '../card/Card';
import { startCards } from '../card/card-controller';
import { pageScheme } from '../card/page-scheme';
import type { ArticleKind } from '../detect/detect';
import { articleLink, CITATIONS, findWiredPassageEnd, SOURCE_NUMBERS, SOURCES, sourceLink, type Citation } from '../citations/citations';
import type { ArticleScope } from '../extract/article-scope';
import type { Category, CompiledEntry, CompiledGlossary } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import { traditionalConverter } from '../i18n/traditional';
import { buildAliasIndex, type AliasTarget } from '../match/alias-index';
import { createMentionFinder } from '../match/find-mentions';
import { Roster, type RosterPerson } from '../roster/Roster';
import rosterCss from '../roster/roster.css?inline';

export interface AnnotatorOptions {
  doc: Document;
  kind: ArticleKind;
  uiLanguage: UiLanguage;
  t: Translate;
  /** Which kinds of entries to mark. */
  categories: ReadonlySet<Category>;
  /** Annotate everything under this element (the reader view)… */
  scopeRoot?: Element;
  /** …or the article body Readability found on the page (found by the caller, in a task of its own). */
  scope?: ArticleScope;
  /** How long finding `scope` took, for the timings. */
  extractMs?: number;
  /** On the Wired story: the Chinese article's address, for the links back. */
  articleUrl?: string;
  glossary: CompiledGlossary;
}

interface MarkedMention {
  entry: CompiledEntry;
  target: AliasTarget;
  elements: HTMLElement[];
}

/** What the reader view needs: Readability's copy of the article, as markup to sanitize. */
export interface ReaderContent {
  kind: ArticleKind;
  title: string;
  byline: string | null;
  url: string;
  html: string;
}

/** How long each step took, in milliseconds, for the benchmark (never sent anywhere). */
export interface AnnotatorTimings {
  extractMs: number;
  matchMs: number;
  markMs: number;
  /** The last card's time from opening to its first painted frame, if a card has opened. */
  cardMs: number | null;
}

export interface Annotator {
  readonly mentionCount: number;
  readonly timings: AnnotatorTimings;
  /** People with their mentions, for the cast. */
  people(): RosterPerson[];
  setGlosses(on: boolean): void;
  setRosterOpen(open: boolean): void;
  readonly rosterOpen: boolean;
  readerContent(): ReaderContent | null;
  stop(): void;
}

const FLASH_MS = 1600;

export function startAnnotator(options: AnnotatorOptions): Annotator | null {
  const { doc, kind, uiLanguage, t, categories, scopeRoot, articleUrl, glossary } = options;
  const clock = () => doc.defaultView?.performance.now() ?? Date.now();
  const scope = scopeRoot ? null : (options.scope ?? null);
  const extracted = clock();
  const scopeElements = scopeRoot ? new Set([scopeRoot, ...scopeRoot.querySelectorAll('*')]) : scope?.elements;
  if (!scopeElements || !doc.body) return null;

  const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  const finder = createMentionFinder(buildAliasIndex(glossary.entries, kind, categories));
  const writer = new PageWriter(doc);
  writer.addStyle(marksCss);

  const mentions: MarkedMention[] = [];
  const unplacedCitations = new Set(kind === 'qbitai' ? CITATIONS : CITATIONS.filter((citation) => citation.source === 'wired' && citation.fragment));
  const citationLabel = (citation: Citation) =>
    `${SOURCES[citation.source].title}: ${uiLanguage === 'en' ? citation.summary.en : citation.summary.zh}`;

  const plan = (run: TextRun) => {
    const pieces: Array<PlannedPiece & { mention?: MarkedMention }> = [];
    for (const found of finder.find(run.text)) {
      const entry = entries.get(found.target.entryId);
      if (!entry) continue;
      const mention: MarkedMention = { entry, target: found.target, elements: [] };
      const index = mentions.push(mention) - 1;
      pieces.push({
        start: found.start,
        end: found.end,
        mention,
        create: (text, part, segment) => createMentionElement(doc, entry, index, part === 0 && !insideLink(segment.node), text),
      });
    }
    // A citation marker goes right after its passage: a piece of no text that holds only the marker.
    for (const citation of unplacedCitations) {
      const end =
        kind === 'qbitai'
          ? (() => {
              const at = run.text.indexOf(citation.article.quote);
              return at === -1 ? null : at + citation.article.quote.length;
            })()
          : findWiredPassageEnd(run.text, citation.fragment!);
      if (end === null) continue;
      const [segment] = segmentsOf(run, end - 1, end);
      if (!segment || segment.node.parentElement?.closest('a')) continue; // never a link inside a link
      unplacedCitations.delete(citation);
      const href = kind === 'qbitai' ? sourceLink(citation) : articleLink(articleUrl ?? '', citation);
      const text = kind === 'qbitai' ? `[${SOURCE_NUMBERS[citation.source]}]` : t('citation.backLabel');
      const label = kind === 'qbitai' ? citationLabel(citation) : t('citation.back', { summary: citationLabel(citation) });
      pieces.push({ start: end, end, create: () => createCitationMarker(doc, citation, href, text, label) });
    }
    if (kind === 'qbitai') {
      for (const reference of findReferenceUrls(run.text)) {
        const inLink = segmentsOf(run, reference.start, reference.end).some((segment) => segment.node.parentElement?.closest('a'));
        if (!inLink) pieces.push({ ...reference, create: (text) => createReferenceLink(doc, reference.url, text) });
      }
    }
    return { run, pieces };
  };
  const mark = (planned: Array<ReturnType<typeof plan>>) => {
    const made = markRuns(writer, planned);
    planned.flatMap(({ pieces }) => pieces).forEach((piece, i) => piece.mention?.elements.push(...made[i]!));
  };

  const planned = collectTextRuns(doc.body, scopeElements).map(plan);
  const matched = clock();
  mark(planned);
  const marked = clock();
  const steps = { extractMs: options.extractMs ?? 0, matchMs: matched - extracted, markMs: marked - matched };

  const overlay = writer.addOverlayHost();
  const toTraditional = traditionalConverter(glossary.traditional);
  const cards = startCards({ doc, shadowRoot: overlay, kind, uiLanguage, toTraditional, t, entries });
  const rosterContainer = doc.createElement('div');
  const rosterStyle = doc.createElement('style');
  rosterStyle.textContent = rosterCss;
  overlay.append(rosterStyle, rosterContainer);

  let glosses: HTMLElement[] = [];
  let rosterOpen = false;
  const flashTimers = new Set<ReturnType<typeof setTimeout>>();

  const people = (): RosterPerson[] => {
    const byEntry = new Map<string, RosterPerson>();
    for (const mention of mentions) {
      if (mention.entry.category !== 'person' || !mention.elements[0]) continue;
      const person = byEntry.get(mention.entry.id) ?? { entry: mention.entry, mentions: [] };
      person.mentions.push(mention.elements[0]);
      byEntry.set(mention.entry.id, person);
    }
    return [...byEntry.values()];
  };

  /** Scrolls a mention into view and lights all its pieces up for a moment. */
  const jumpTo = (first: HTMLElement) => {
    for (const timer of flashTimers) clearTimeout(timer);
    flashTimers.clear();
    for (const lit of doc.querySelectorAll(`${MENTION_TAG}[data-qx-flash]`)) lit.removeAttribute('data-qx-flash');
    first.scrollIntoView({ block: 'center' });
    const pieces = doc.querySelectorAll<HTMLElement>(`${MENTION_TAG}[data-qx-mention="${first.dataset.qxMention}"]`);
    for (const piece of pieces) piece.toggleAttribute('data-qx-flash', true);
    const timer = setTimeout(() => {
      flashTimers.delete(timer);
      for (const piece of pieces) piece.removeAttribute('data-qx-flash');
    }, FLASH_MS);
    flashTimers.add(timer);
  };

  const applyGlosses = (on: boolean) => {
    for (const gloss of glosses) writer.remove(gloss);
    glosses = [];
    if (!on) return;
    for (const mention of mentions) {
      const text = glossText(mention, kind);
      const last = mention.elements[mention.elements.length - 1];
      if (!text || !last?.isConnected) continue;
      const gloss = doc.createElement('qx-gloss');
      gloss.textContent = ` (${text})`;
      gloss.lang = kind === 'qbitai' ? 'en' : 'zh';
      writer.insertAfter(last, gloss);
      glosses.push(gloss);
    }
  };

  let glossesOn = false;
  const watcher = watchForRerenders({
    doc,
    writer,
    scopeElements,
    annotate(blocks) {
      mark(blocks.flatMap((block) => collectTextRuns(block, scopeElements)).map(plan));
      if (glossesOn) applyGlosses(true);
    },
  });

  const annotator: Annotator = {
    get mentionCount() {
      return mentions.filter((mention) => mention.elements.some((element) => element.isConnected)).length;
    },
    get timings() {
      return { ...steps, cardMs: cards.lastOpenMs() };
    },
    people,
    get rosterOpen() {
      return rosterOpen;
    },
    setRosterOpen(open) {
      rosterOpen = open;
      render(
        open ? (
          <Roster people={people()} t={t} scheme={pageScheme(doc)} onJump={jumpTo} onClose={() => annotator.setRosterOpen(false)} />
        ) : null,
        rosterContainer,
      );
    },
    setGlosses(on) {
      glossesOn = on;
      watcher.quietly(() => applyGlosses(on));
    },
    readerContent() {
      if (!scope) return null;
      return {
        kind,
        title: scope.title,
        byline: scope.byline,
        url: doc.location.href,
        // Reading markup from our detached copy; the reader view sanitizes it before showing it.
        // eslint-disable-next-line no-restricted-properties
        html: scope.content.innerHTML,
      };
    },
    stop() {
      watcher.stop();
      for (const timer of flashTimers) clearTimeout(timer);
      render(null, rosterContainer);
      cards.stop();
      writer.undoAll();
    },
  };
  return annotator;
}

/** 沙哥 → "Noam Shazeer" on the Chinese article; Shazeer → "沙哥" on the Wired story. */
function glossText({ entry, target }: MarkedMention, kind: ArticleKind): string | null {
  if (kind === 'wired') return entry.category === 'person' ? (entry.nickname?.text ?? entry.name.zh ?? null) : null;
  return target.isNickname ? entry.name.native : null;
}

function createCitationMarker(doc: Document, citation: Citation, href: string, text: string, label: string) {
  const marker = doc.createElement('qx-cite');
  marker.dataset.qxCitation = citation.id;
  const link = doc.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.title = label;
  // The accessible name starts with the visible text, so speech users can say what they see.
  link.setAttribute('aria-label', `${text} ${label}`);
  link.textContent = text;
  marker.append(link);
  return marker;
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

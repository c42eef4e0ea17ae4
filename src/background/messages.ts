/** The background's answers to messages from the detector, the annotator and the popup. */
import { isKnownHome } from '../detect/detect';
import { markingPart } from '../glossary/parts';
import type { CompiledEntry, CompiledGlossary, MarkingGlossary } from '../glossary/types';
import {
  isMessage,
  type ArticleDetectedMessage,
  type CardEntriesRequest,
  type CardUiRequest,
  type GlossaryRequest,
  type LookHereAnswer,
  type LookHereRequest,
} from '../messages';
import { ANNOTATOR_FILE, CARD_UI_FILE } from './inject';
import { lookHere, type LookHereDeps } from './look-here';

/** Who sent a message: the parts of runtime.MessageSender used here. */
export interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** The sending frame's address. */
  url?: string;
}

export interface MessageDeps extends LookHereDeps {
  readGlossary(): Promise<CompiledGlossary>;
}

/** The detector found the article in a frame of a tab: the annotator goes into that frame. */
export async function onArticleDetected(sender: Sender, { inject, records, runOn }: Pick<MessageDeps, 'inject' | 'records' | 'runOn'>): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  if ((await runOn()) === 'known-homes' && !isKnownHome(sender.url ?? '')) return;
  const tabUrl = sender.tab?.url;
  await Promise.all([
    tabUrl === undefined ? undefined : records.record(tabId, tabUrl, 'article'),
    // A frame gone before the annotator arrives has nothing left to annotate.
    inject(tabId, ANNOTATOR_FILE, sender.frameId ?? 0).catch(() => undefined),
  ]);
}

/** The annotator in a frame wants its cards: card-ui.js goes into that frame; answers true once it has run there. */
async function onCardUiRequest(sender: Sender, { inject }: Pick<MessageDeps, 'inject'>): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await inject(tabId, CARD_UI_FILE, sender.frameId ?? 0);
  return true;
}

type Reply = MarkingGlossary | CompiledEntry[] | LookHereAnswer | boolean;

/**
 * The runtime.onMessage listener. The glossary is read from the extension's files once and shared
 * by every tab: an annotator gets its marking part before it marks, and the entries whole when its
 * cards come. Other messages get no reply here, so other listeners can answer their own.
 */
export function messageHandler(deps: MessageDeps) {
  let glossary: Promise<CompiledGlossary> | undefined;
  let marking: Promise<MarkingGlossary> | undefined;
  const read = () => (glossary ??= deps.readGlossary());
  return (message: unknown, sender: Sender): Promise<Reply> | undefined => {
    if (isMessage<ArticleDetectedMessage>(message, 'qx:article-detected')) void onArticleDetected(sender, deps);
    if (isMessage<GlossaryRequest>(message, 'qx:glossary')) return (marking ??= read().then(markingPart));
    if (isMessage<CardEntriesRequest>(message, 'qx:card-entries')) return read().then(({ entries }) => entries);
    if (isMessage<LookHereRequest>(message, 'qx:look-here')) return lookHere(message.tabId, deps);
    if (isMessage<CardUiRequest>(message, 'qx:card-ui')) return onCardUiRequest(sender, deps);
    return undefined;
  };
}

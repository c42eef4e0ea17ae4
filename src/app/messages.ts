/** The annotator's answers to the popup, the reader view and the background's shortcuts. */
import {
  isMessage,
  type ArticleInfo,
  type ArticleInfoRequest,
  type ReaderContent,
  type ReaderContentRequest,
  type ToggleRosterMessage,
} from '../messages';
import type { AnnotatorSession } from './session';

/** The reply to a message, or undefined when the message is not for the annotator. */
export function answerMessage(session: AnnotatorSession, message: unknown): Promise<ArticleInfo | ReaderContent | null | void> | undefined {
  if (isMessage<ArticleInfoRequest>(message, 'qx:article-info')) return Promise.resolve(session.info());
  if (isMessage<ReaderContentRequest>(message, 'qx:reader-content')) return Promise.resolve(session.readerContent());
  if (isMessage<ToggleRosterMessage>(message, 'qx:toggle-roster')) return Promise.resolve(session.toggleRoster());
  return undefined;
}

/**
 * The toolbar button: tells the background how many people this pass has marked, with the button's
 * title worded in the interface language. Once when the pass has marked the page, and again when
 * re-rendered text changes the number.
 */
import { browser } from 'wxt/browser';
import type { MentionRegistry } from '../../annotate/mentions';
import type { MarkingEntry } from '../../glossary/types';
import type { MarkedMessage } from '../../messages';
import { onMarked, type PassContext } from '../context';

function tellTheBackground(message: MarkedMessage): void {
  // No one to tell while the extension reloads; its next annotator tells again.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function startToolbarReport(context: PassContext, mentions: MentionRegistry<MarkingEntry>, send = tellTheBackground): void {
  let told = -1;
  const report = () => {
    const people = mentions.people().length;
    if (people === told) return;
    told = people;
    send({ type: 'qx:marked', people, title: context.t('toolbar.title', { count: people }) });
  };
  report();
  onMarked(context, report);
}

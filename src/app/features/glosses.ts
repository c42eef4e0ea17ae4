/**
 * Inline glosses: the name after each nickname (沙哥 (Noam Shazeer)), or the nickname after each
 * name on the Wired story. Switched on and off in place, and written again after new text is marked.
 */
import { createGloss } from '../../annotate/elements';
import { onMarked, type PassContext } from '../context';
import type { MentionRegistry } from '../../annotate/mentions';
import type { MarkingEntry } from '../../glossary/types';

export interface Glosses {
  set(on: boolean): void;
}

export function startGlosses(context: PassContext, mentions: MentionRegistry<MarkingEntry>, quietly: (write: () => void) => void): Glosses {
  const { doc, profile, writer } = context;
  let written: HTMLElement[] = [];
  let on = false;

  const apply = () => {
    for (const gloss of written) writer.remove(gloss);
    written = [];
    if (!on) return;
    for (const mention of mentions.live()) {
      const text = profile.glossOf(mention.entry, mention.target);
      const last = mention.elements[mention.elements.length - 1];
      if (!text || !last?.isConnected) continue;
      const gloss = createGloss(doc, text, profile.glossLanguage);
      writer.insertAfter(last, gloss);
      written.push(gloss);
    }
  };
  onMarked(context, () => on && apply());
  return {
    set(next) {
      on = next;
      quietly(apply);
    },
  };
}

/**
 * Mentions: the glossary's aliases found in the article's text, marked, and kept in a registry
 * that only ever reports mentions still on the page (a framework may re-render a paragraph and
 * take its marks with it).
 */
import type { AliasTarget } from '../match/alias-index';
import type { MentionFinder } from '../match/find-mentions';
import type { RunPlanner } from './annotate-runs';
import type { PlannedPiece } from './mark-runs';
import { createMentionElement, insideLink } from './mention-element';
import type { Category } from '../glossary/types';

/** What a mention needs to know of its glossary entry. */
export interface MentionEntry {
  id: string;
  category: Category;
}

export interface MarkedMention<Entry extends MentionEntry = MentionEntry> {
  entry: Entry;
  target: AliasTarget;
  /** The elements holding its text, in order (more than one when the text spans inline elements). */
  elements: HTMLElement[];
}

export class MentionRegistry<Entry extends MentionEntry = MentionEntry> {
  private readonly all: Array<MarkedMention<Entry>> = [];

  /** Adds a mention and returns its number, which its elements carry. */
  add(mention: MarkedMention<Entry>): number {
    return this.all.push(mention) - 1;
  }

  /** The mentions whose text is still on the page, in the order they were marked. */
  live(): Array<MarkedMention<Entry>> {
    return this.all.filter((mention) => mention.elements[0]?.isConnected);
  }

  /** People with the first piece of each of their live mentions, for the cast. */
  people(): Array<{ entry: Entry; mentions: HTMLElement[] }> {
    const byEntry = new Map<string, { entry: Entry; mentions: HTMLElement[] }>();
    for (const { entry, elements } of this.live()) {
      if (entry.category !== 'person') continue;
      const person = byEntry.get(entry.id) ?? { entry, mentions: [] };
      person.mentions.push(elements[0]!);
      byEntry.set(entry.id, person);
    }
    return [...byEntry.values()];
  }
}

/** Plans a mention element for each alias the finder sees in a run, and records what was made. */
export function mentionPlanner<Entry extends MentionEntry>(
  doc: Document,
  finder: MentionFinder,
  entryOf: (id: string) => Entry | undefined,
  registry: MentionRegistry<Entry>,
): RunPlanner {
  return {
    plan(run) {
      const pieces: PlannedPiece[] = [];
      for (const found of finder.find(run.text)) {
        const entry = entryOf(found.target.entryId);
        if (!entry) continue;
        const mention: MarkedMention<Entry> = { entry, target: found.target, elements: [] };
        const index = registry.add(mention);
        pieces.push({
          start: found.start,
          end: found.end,
          // Only a mention's first piece is a Tab stop; inside a link, the link already is one.
          create: (text, part, segment) => createMentionElement(doc, entry, index, part === 0 && !insideLink(segment.node), text),
          elements: mention.elements,
        });
      }
      return pieces;
    },
  };
}

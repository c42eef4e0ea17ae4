/**
 * One marking pass over the article: the features, listed in the order they run, all under one
 * signal. A change of categories or language ends the pass and starts a new one on the same
 * extracted article, in the same task, so the page never shows a moment without marks.
 */
import { annotateRuns } from '../annotate/annotate-runs';
import marksCss from '../annotate/marks.css?inline';
import { PageWriter } from '../annotate/page-writer';
import { mentionPlanner, MentionRegistry } from '../annotate/mentions';
import { watchForRerenders } from '../annotate/rerenders';
import type { MarkingEntry } from '../glossary/types';
import { buildAliasIndex } from '../match/alias-index';
import { createMentionFinder } from '../match/find-mentions';
import { MARKED_EVENT, type PassContext } from './context';
import { startCards } from './features/cards';
import { startCast, type Cast } from './features/cast';
import { citationPlanner } from './features/citations';
import { startGlosses, type Glosses } from './features/glosses';
import { referencePlanner } from './features/references';
import { startToolbarReport } from './features/toolbar';

export interface Pass {
  readonly context: PassContext;
  readonly mentions: MentionRegistry<MarkingEntry>;
  readonly glosses: Glosses;
  readonly cast: Cast;
}

/** Everything a pass needs but its writer, overlay, signal and events, which it makes itself. */
export type PassSettings = Omit<PassContext, 'writer' | 'overlay' | 'signal' | 'events'>;

export function startPass(
  settings: PassSettings,
  scopeElements: Set<Element>,
  signal: AbortSignal,
  /** Called after each time the pass has finished marking (tests and the benchmark wait for it). */
  settled: (context: PassContext) => void,
): Pass {
  const { doc } = settings;
  const writer = new PageWriter(doc);
  signal.addEventListener('abort', () => writer.undoAll());
  writer.addStyle(marksCss);
  const overlay = writer.addOverlayHost();
  const context: PassContext = { ...settings, writer, overlay, signal, events: new EventTarget() };

  const { entries, profile, categories } = settings;
  const mentions = new MentionRegistry<MarkingEntry>();
  const finder = createMentionFinder(buildAliasIndex([...entries.values()], profile.aliasesOf, categories));
  const planners = [mentionPlanner(doc, finder, (id) => entries.get(id), mentions), citationPlanner(context), referencePlanner(context)];
  const mark = (root: Element) => void annotateRuns(writer, root, scopeElements, planners);
  mark(doc.body!);

  const watcher = watchForRerenders({
    doc,
    writer,
    scopeElements,
    signal,
    annotate: (blocks) => blocks.forEach(mark),
    onChanged: () => {
      context.events.dispatchEvent(new Event(MARKED_EVENT));
      settled(context);
    },
  });
  startCards(context);
  const cast = startCast(context, mentions);
  const glosses = startGlosses(context, mentions, watcher.quietly);
  startToolbarReport(context, mentions);
  return { context, mentions, glosses, cast };
}

/**
 * Citation markers: after each passage the profile knows, a small link to the passage it retells
 * ([1] to the Wired story on the article, 量子位 back to the article on Wired). Each citation is
 * placed once, at its first passage; never inside a link, since a link inside a link cannot work.
 */
import type { RunPlanner } from '../../annotate/annotate-runs';
import { createCitationMarker } from '../../annotate/elements';
import type { PlannedPiece } from '../../annotate/mark-runs';
import { segmentsOf, type TextRun } from '../../annotate/text-runs';
import type { PassContext } from '../context';

export function citationPlanner(context: PassContext): RunPlanner {
  const { doc, profile, t, uiLanguage, toTraditional, setup } = context;
  const unplaced = new Set(profile.citations);
  const endsInLink = (run: TextRun, end: number) => {
    const [segment] = segmentsOf(run, end - 1, end);
    return !segment || segment.node.parentElement?.closest('a') != null;
  };
  return {
    plan(run) {
      const pieces: PlannedPiece[] = [];
      if (unplaced.size === 0) return pieces;
      const offered = profile.citationsIn?.(run.text);
      for (const citation of unplaced) {
        if (offered && !offered.has(citation)) continue;
        const passage = profile.findPassage(run.text, citation);
        if (!passage || endsInLink(run, passage.end)) continue;
        const { end } = passage;
        unplaced.delete(citation);
        profile.passageFound?.(citation, run.text.slice(passage.start, end), setup);
        const marker = profile.citationMarker(citation, { t, uiLanguage, toTraditional, setup });
        pieces.push({ start: end, end, create: () => createCitationMarker(doc, citation.id, marker) });
      }
      return pieces;
    },
  };
}

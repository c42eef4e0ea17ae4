/** The article's reference list, which pages often show as plain text: each URL becomes a link. */
import type { RunPlanner } from '../../annotate/annotate-runs';
import { createReferenceLink } from '../../annotate/elements';
import { segmentsOf } from '../../annotate/text-runs';
import { ARTICLE_REFERENCES } from '../../article/references';
import type { PassContext } from '../context';

export function referencePlanner({ doc, profile }: PassContext): RunPlanner {
  return {
    plan: (run) =>
      profile
        .findReferences(run.text)
        // Already a link on the page: leave it as it is.
        .filter(({ start, end }) => !segmentsOf(run, start, end).some((segment) => segment.node.parentElement?.closest('a')))
        .map((reference) => ({
          ...reference,
          create: (text) => {
            const number = ARTICLE_REFERENCES.find(({ url }) => url === reference.url)?.number;
            return createReferenceLink(doc, reference.url, number, text);
          },
        })),
  };
}

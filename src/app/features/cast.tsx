/**
 * The cast: everyone the article names, drawn in our overlay; its buttons scroll to a mention and
 * light it up. It counts only mentions still on the page, and redraws when new text is marked.
 */
import { render } from 'preact';
import { litMentions, setFlash } from '../../annotate/elements';
import { piecesOf } from '../../annotate/mention-element';
import { pageScheme } from '../../card/page-scheme';
import { Roster } from '../../roster/Roster';
import rosterCss from '../../roster/roster.css?inline';
import { onMarked, type PassContext } from '../context';
import type { MentionRegistry } from '../../annotate/mentions';
import type { CompiledEntry } from '../../glossary/types';

const FLASH_MS = 1600;

export interface Cast {
  readonly open: boolean;
  setOpen(open: boolean): void;
}

export function startCast(context: PassContext, mentions: MentionRegistry<CompiledEntry>): Cast {
  const { doc, overlay, t, signal, writer } = context;
  const container = writer.addOverlayPanel(overlay, rosterCss);

  let open = false;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Scrolls a mention into view and lights all its pieces up for a moment. */
  const jumpTo = (first: HTMLElement) => {
    if (!first.isConnected) return draw(); // re-rendered away since the cast was drawn
    clearTimeout(flashTimer);
    setFlash(litMentions(doc), false);
    first.scrollIntoView({ block: 'center' });
    const pieces = piecesOf(doc, first);
    setFlash(pieces, true);
    flashTimer = setTimeout(() => setFlash(pieces, false), FLASH_MS);
  };

  const draw = () =>
    render(
      open ? <Roster people={mentions.people()} t={t} scheme={pageScheme(doc)} onJump={jumpTo} onClose={() => cast.setOpen(false)} /> : null,
      container,
    );

  const cast: Cast = {
    get open() {
      return open;
    },
    setOpen(next) {
      open = next;
      draw();
    },
  };
  onMarked(context, () => open && draw());
  signal.addEventListener('abort', () => {
    clearTimeout(flashTimer);
    render(null, container);
  });
  return cast;
}

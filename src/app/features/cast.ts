/**
 * The cast: everyone the article names, drawn in our overlay; its buttons scroll to a mention and
 * light it up. It counts only mentions still on the page, and redraws when new text is marked.
 * It is drawn by card-ui.js, brought in when the cast is first opened if no card has brought it yet.
 */
import { litMentions, setFlash } from '../../annotate/elements';
import { piecesOf } from '../../annotate/mention-element';
import { loadCardUi, type LoadedCardUi } from '../card-ui-loader';
import { onMarked, type PassContext } from '../context';
import type { MentionRegistry } from '../../annotate/mentions';
import type { MarkingEntry } from '../../glossary/types';

const FLASH_MS = 1600;

export interface Cast {
  readonly open: boolean;
  setOpen(open: boolean): void;
}

export function startCast(context: PassContext, mentions: MentionRegistry<MarkingEntry>): Cast {
  const { doc, overlay, uiLanguage, signal, writer } = context;
  let drawn: { loaded: LoadedCardUi; container: HTMLElement } | null = null;

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

  /** The people marked, with their whole entries, which came with the cast. */
  const people = ({ entries }: LoadedCardUi) =>
    mentions.people().flatMap(({ entry, mentions: found }) => {
      const whole = entries.get(entry.id);
      return whole ? [{ entry: whole, mentions: found }] : [];
    });
  const drawWith = (loaded: LoadedCardUi) => {
    if (signal.aborted || (!open && !drawn)) return;
    drawn ??= { loaded, container: writer.addOverlayPanel(overlay, loaded.ui.rosterCss) };
    const props = { people: people(loaded), uiLanguage, onJump: jumpTo, onClose: () => cast.setOpen(false) };
    loaded.ui.renderRoster(drawn.container, open ? props : null);
  };
  const draw = () => {
    if (drawn) drawWith(drawn.loaded);
    else if (open) loadCardUi().then(drawWith, () => undefined);
  };

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
    drawn?.loaded.ui.renderRoster(drawn.container, null);
  });
  return cast;
}

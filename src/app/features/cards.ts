/** Cards: the card controller wired to this pass's mentions, drawn in our overlay. */
import { setMentionExpanded } from '../../annotate/elements';
import { entryIdOf, mentionAt } from '../../annotate/mention-element';
import { startCardController } from '../../card/card-controller';
import { isExtensionPage } from '../../platform';
import { loadCardUi } from '../card-ui-loader';
import type { PassContext } from '../context';

export function startCards(context: PassContext): void {
  const { doc, profile, entries, writer, overlay } = context;
  startCardController({
    doc,
    shadowRoot: overlay,
    view: profile.cardView,
    uiLanguage: context.uiLanguage,
    toTraditional: context.toTraditional,
    signal: context.signal,
    // The reader view is for reading: its cards open whole.
    detailsAlways: isExtensionPage(),
    loadLayer: async (options) => {
      const { ui, entries: whole } = await loadCardUi();
      return { layer: ui.createCardLayer(options), entryOf: (id) => whole.get(id) };
    },
    // Any person's card will do: they all hold Latin and Chinese text.
    warmUpEntry: () => [...entries.values()].find((entry) => entry.category === 'person'),
    mentions: {
      mentionAt: (target) => mentionAt(doc, target),
      entryOf: (mention) => entries.get(entryIdOf(mention)),
      setExpanded: setMentionExpanded,
    },
    onHoverState: (state) => writer.setOverlayState(overlay, 'hover', state),
  });
}

/** The cards and the cast, for an annotator already in this page; see src/card/card-ui.tsx. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideCardUi } from '../src/card/card-ui-global';
import { cardUi } from '../src/card/card-ui';

export default defineUnlistedScript(() => provideCardUi(cardUi));

/** Preact and i18next for the scripts that run after it; see src/ui-kit/ui-kit.ts. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideUiKit } from '../src/ui-kit/ui-kit';

export default defineUnlistedScript(provideUiKit);

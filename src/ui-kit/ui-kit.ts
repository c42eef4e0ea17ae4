/**
 * Preact and i18next, once for the whole extension. Bundled into every script that draws UI, they
 * took a fifth of the Chrome zip twice over (the page script and the extension pages' bundle, ~20 KB
 * gzipped each). ui-kit.js runs first wherever UI is drawn: the extension pages load it with a
 * classic <script> ahead of their modules, and the background injects it into a tab just before
 * card-ui.js (the cards and the cast), into the same isolated world; the annotator that marks the
 * page uses neither library, so a page that is only read never runs the kit. Every other script reads these modules from the
 * global it leaves (the build redirects their imports: ./vite-plugin.ts), so all share one copy.
 */
import * as i18next from 'i18next';
import * as preact from 'preact';
import * as preactHooks from 'preact/hooks';
import * as preactJsxRuntime from 'preact/jsx-runtime';

/** The libraries the kit lends, by the name scripts import them by. */
export const UI_KIT_MODULES = ['preact', 'preact/hooks', 'preact/jsx-runtime', 'i18next'] as const;
export type UiKitModule = (typeof UI_KIT_MODULES)[number];

/** Where the kit leaves them, on the isolated world's (or the extension page's) global object. */
export const UI_KIT_GLOBAL = '__qxUiKit';

export type UiKit = Record<UiKitModule, Record<string, unknown>>;

/** Leaves the kit on the global object; a second run (a second injection) keeps the first copy. */
export function provideUiKit(): void {
  const global = globalThis as { [UI_KIT_GLOBAL]?: UiKit };
  global[UI_KIT_GLOBAL] ??= {
    preact,
    'preact/hooks': preactHooks,
    'preact/jsx-runtime': preactJsxRuntime,
    i18next,
  };
}

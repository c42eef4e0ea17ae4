import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import sharp from 'sharp';
import { defineConfig } from 'wxt';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import zhTW from './locales/zh-TW.json' with { type: 'json' };
import { compileGlossary } from './src/glossary/compile';
import { packGlossary } from './src/glossary/packed';
import { readCitations, readGlossaryFiles } from './src/glossary/vite-plugin';
import { sharedUiKit } from './src/ui-kit/vite-plugin';

/** The browser reads the manifest's name and description from _locales/; we keep them in locales/. */
const MANIFEST_LOCALES = { en, zh_CN: zhCN, zh_TW: zhTW };

function manifestMessages(strings: typeof en) {
  return {
    extName: { message: strings.manifest.name },
    extDescription: { message: strings.manifest.description },
    commandToggleGlosses: { message: strings.manifest.toggleGlosses },
    commandOpenReader: { message: strings.manifest.openReader },
    commandToggleRoster: { message: strings.manifest.toggleRoster },
  };
}

/**
 * auto-icons writes full-colour PNGs. The icon is two colours and the shades at their edges, which
 * a 16-colour palette keeps as they are, at two thirds of the bytes (they count in the zip's budget).
 */
async function quantiseIcons(dir: string): Promise<void> {
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    writeFileSync(path, await sharp(path).png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 }).toBuffer());
  }
}

export default defineConfig({
  imports: false,
  // Every icon size is drawn at build from the one source image: 16 and 32 px for the toolbar, 48
  // for the extensions page, 128 for installing and the stores.
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  vite: () => ({
    plugins: [preact(), sharedUiKit()],
    build: {
      minify: 'terser',
      // Debug logs, no-ops unless a debug option we never set is on: their calls and their message
      // strings go. Readability's this.log(...) (about 0.4 KB of the size budget); i18next's logger
      // prints only errors without `debug: true` (src/i18n/i18n.ts), so its log, warn, once and
      // deprecate calls, and the deprecation notices of v26 (1.9 KB).
      terserOptions: {
        compress: {
          passes: 3,
          // No getter of ours or of our libraries has side effects: reads of unused properties can go.
          pure_getters: true,
          // Nothing here reads a function's length (i18next does, of backends and detectors we never
          // give it), compares objects with valueOf, or needs `arguments` beside named parameters.
          keep_fargs: false,
          unsafe_comps: true,
          arguments: true,
          pure_funcs: ['this.log', 'this.logger.log', 'this.logger.warn', 'this.logger.once', 'this.logger.deprecate', 'baseLogger.deprecate'],
        },
      },
      // Vite's polyfill for <link rel="modulepreload"> is for browsers that lack it; every browser
      // this extension supports has it (0.3 KB of the size budget).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the reader's settings; scripting: inject the detector into loaded pages worth a look,
    // and the annotator where it finds the article (Chrome; Firefox's MV2 has tabs.executeScript).
    // Host access (to read a tab's address and title, and to inject): see README, "Permissions".
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The reader view sanitizes with the browser's own Element.setHTML (src/reader/render-article.ts).
    ...(browser !== 'firefox' && { minimum_chrome_version: '146' }),
    commands: {
      'toggle-glosses': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleGlosses__',
      },
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandOpenReader__',
      },
      'toggle-roster': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleRoster__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // The add-on's identity on addons.mozilla.org and in every Firefox that installs it (its
          // storage is keyed by it): never change it once published. The "@name" form AMO accepts,
          // with no domain after the @, so it claims no one's domain.
          id: '@transformer-authors-decoder',
          strict_min_version: '148.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The toolbar button: the icon's toolbar sizes, and the name in the browser's language as its
      // title (a tab showing the article gets its own, src/background/toolbar.ts).
      const button = manifest.action ?? manifest.browser_action;
      if (!button || !manifest.icons) return;
      button.default_icon = { 16: manifest.icons[16]!, 32: manifest.icons[32]! };
      button.default_title = '__MSG_extName__';
    },
    'build:done': async (wxt) => {
      // V8's explicit compile hint: compile all of the detector's functions at once, instead of
      // each on its first call, about 0.2 ms less on every page it runs on (scripts/measure-detector.ts).
      const detector = join(wxt.config.outDir, 'detector.js');
      writeFileSync(detector, `//# allFunctionsCalledOnLoad\n${readFileSync(detector, 'utf8')}`);
      // After auto-icons has written them: a module's hooks run before the config's.
      await quantiseIcons(join(wxt.config.outDir, 'icons'));
    },
    'build:publicAssets': (_wxt, files) => {
      // Validated here, so an invalid glossary fails the build with a message naming the entry.
      files.push({ relativeDest: 'glossary.json', contents: JSON.stringify(packGlossary(compileGlossary(readGlossaryFiles(), readCitations()))) });
      for (const [folder, strings] of Object.entries(MANIFEST_LOCALES)) {
        files.push({ relativeDest: `_locales/${folder}/messages.json`, contents: JSON.stringify(manifestMessages(strings)) });
      }
    },
  },
  zip: {
    // The Firefox sources archive (for addons.mozilla.org's review) holds what rebuilds the extension
    // (npm ci && npx wxt build -b firefox) and the tooling around it; not the tests and their
    // fixtures (several MB of saved pages), the benchmark, or the documentation's images.
    excludeSources: ['demo-screenshots/**', 'test-results/**', 'bench/**', 'tests/**', 'docs/**/*.png'],
  },
});

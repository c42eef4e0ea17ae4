/**
 * The build's side of ./ui-kit.ts: in every script but the kit itself, an import of one of the
 * kit's modules becomes a small module that reads it from the kit's global. The library's own files
 * (preact/hooks importing preact) keep their real imports, so the kit bundles one coherent copy.
 * Every extension page gets a classic <script> for the kit in its head, which runs before the page's
 * (deferred) module scripts. Build only: the unit tests import the real modules.
 */
import type { Plugin } from 'vite';
import { UI_KIT_GLOBAL, UI_KIT_MODULES, type UiKitModule } from './ui-kit';

/** Where ui-kit.js lands in the built extension (entrypoints/ui-kit.ts). */
export const UI_KIT_URL = '/ui-kit.js';
const SHIM_PREFIX = '\0qx-ui-kit:';
const KIT_SOURCE = /[/\\]src[/\\]ui-kit[/\\]ui-kit\.ts$/;

function isKitModule(source: string): source is UiKitModule {
  return (UI_KIT_MODULES as readonly string[]).includes(source);
}

/** The real modules, read by the build for the names they export. */
const REAL_MODULES: Record<UiKitModule, () => Promise<object>> = {
  preact: () => import('preact'),
  'preact/hooks': () => import('preact/hooks'),
  'preact/jsx-runtime': () => import('preact/jsx-runtime'),
  i18next: () => import('i18next'),
};

/** The kit as it is found at load, once per script, shared by the modules standing in for its libraries. */
const KIT_ID = '\0qx-ui-kit';
const KIT_SOURCE_TEXT = [
  `const kit = globalThis.${UI_KIT_GLOBAL};`,
  `if (!kit) throw new Error('ui-kit.js has not run here');`,
  `export default kit;`,
].join('\n');

/**
 * The module standing in for `name`: the same exports, read from the kit at load. Each is a call
 * marked pure, so the bundler drops the exports a script does not use (a property read, as in a
 * destructuring, it must keep): every name of i18next and Preact in every script was 0.7 KB of the zip.
 */
async function shimSource(name: UiKitModule): Promise<string> {
  const exportNames = Object.keys(await REAL_MODULES[name]()).filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
  return [
    `import kit from ${JSON.stringify(KIT_ID)};`,
    `const lent = kit[${JSON.stringify(name)}];`,
    `const borrow = (key) => lent[key];`,
    `export default /* @__PURE__ */ borrow('default');`,
    ...exportNames.map((key) => `export const ${key} = /* @__PURE__ */ borrow(${JSON.stringify(key)});`),
  ].join('\n');
}

export function sharedUiKit(): Plugin {
  return {
    name: 'qx-shared-ui-kit',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === KIT_ID) return KIT_ID;
      if (!isKitModule(source) || !importer) return null;
      if (KIT_SOURCE.test(importer) || /[/\\]node_modules[/\\]/.test(importer)) return null;
      return SHIM_PREFIX + source;
    },
    // After bundling, so Vite leaves the classic script as it is rather than warn that it cannot bundle it.
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: UI_KIT_URL }, injectTo: 'head' }],
    },
    load(id) {
      if (id === KIT_ID) return KIT_SOURCE_TEXT;
      if (!id.startsWith(SHIM_PREFIX)) return null;
      return shimSource(id.slice(SHIM_PREFIX.length) as UiKitModule);
    },
  };
}

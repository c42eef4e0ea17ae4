import js from '@eslint/js';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/index.js';

/**
 * The house rules of the README's layout, as lint: each boundary below holds because lint fails,
 * not because everyone remembers it. Each message says the rule and why.
 *
 * Import bans match the import as written: a relative path into a folder of src/ (`../app/…`,
 * `../../src/app/…`) or a package name. Shipped code only: tests may import what they need.
 */

/**
 * A pattern for relative imports into the named folders (or modules) of src/, from anywhere in src/
 * or above it, except the modules in `allowed`.
 */
const intoFolders = (folders, allowed = []) =>
  `^(?:\\.\\./)+(?:src/)?${allowed.map((module) => `(?!${module}$)`).join('')}(?:${folders})(?:/|$)`;

const LOWER_LAYERS_MAY_NOT_IMPORT_APP = {
  patterns: [
    {
      regex: intoFolders('app'),
      message:
        'Lower layers may not import src/app/: the app wires the layers together, so a layer that imports it pulls in all of them and closes an import circle.',
    },
  ],
};

const DETECTOR = 'src/detect/ runs on many pages and must stay tiny';
const DETECTOR_STAYS_TINY = {
  paths: ['@mozilla/readability', 'i18next', 'preact', 'opencc-js'].map((name) => ({
    name,
    message: `${DETECTOR}: it may not import ${name}, which only the annotator needs.`,
  })),
  patterns: [
    { group: ['preact/*', '@floating-ui/*'], message: `${DETECTOR}: it may not import the UI's libraries.` },
    { group: ['@mozilla/readability/*'], message: `${DETECTOR}: it may not import Readability, which only the annotator needs.` },
    {
      // escape-regexp is one pure function that imports nothing.
      regex: intoFolders('match|card|extract|annotate|app|roster|reader', ['match/escape-regexp']),
      message: `${DETECTOR}: it may not import the matcher, the extractor, the writer, the cards, the cast, the reader or the app, which only the annotator needs.`,
    },
  ],
};

const PAGE_SCRIPT =
  "src/app/ is the page script, on the article page's load path: marking needs neither i18next nor Preact, which come with the cards and the cast in card-ui.js";
const PAGE_SCRIPT_CARRIES_NO_UI_KIT = {
  paths: ['i18next', 'preact'].map((name) => ({ name, allowTypeImports: true, message: `${PAGE_SCRIPT}: it may not import ${name}.` })),
  patterns: [
    { group: ['preact/*'], allowTypeImports: true, message: `${PAGE_SCRIPT}: it may not import Preact.` },
    {
      regex: intoFolders('i18n/i18n|i18n/card-strings|card/card-ui|card/card-layer|card/Card|roster/Roster'),
      allowTypeImports: true,
      message: `${PAGE_SCRIPT}: it may import only types from the modules that draw with them (src/i18n/languages.ts has the languages).`,
    },
  ],
};

const MATCH = 'src/match/ is pure string logic (text in, offsets out), so it runs and is tested without a page';
const MATCHER_HAS_NO_DOM = {
  paths: [
    { name: '@mozilla/readability', message: `${MATCH}: it may not import a module that uses the DOM.` },
    { name: 'preact', message: `${MATCH}: it may not import a module that uses the DOM.` },
  ],
  patterns: [
    { group: ['preact/*', '@floating-ui/*', '@mozilla/readability/*'], message: `${MATCH}: it may not import a module that uses the DOM.` },
    {
      regex: intoFolders('annotate|card|extract|app|roster|reader|popup|options|detect/sample-page|detect/text-walker'),
      message: `${MATCH}: it may not import a module that uses the DOM.`,
    },
  ],
};

const CARDS_DRAW_FROM_PROPS = {
  patterns: [
    {
      regex: intoFolders('annotate'),
      message:
        'src/card/ and src/roster/ may not import src/annotate/: the card and the cast draw from props; the wiring between them and the page lives in src/app/.',
    },
  ],
};

/** The DOM, as globals: src/match/ may use none of them. */
const DOM_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => /^(HTML|SVG|CSS|DOM)/.test(name)),
  'document',
  'window',
  'self',
  'Node',
  'Element',
  'Text',
  'Document',
  'DocumentFragment',
  'ShadowRoot',
  'NodeFilter',
  'NodeList',
  'TreeWalker',
  'Range',
  'Selection',
  'getSelection',
  'MutationObserver',
  'IntersectionObserver',
  'ResizeObserver',
  'getComputedStyle',
  'customElements',
  'navigator',
  'location',
  'history',
];

/** Builds one no-restricted-imports setting from several bans (a later setting would replace an earlier one). */
function restrictImports(...bans) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: bans.flatMap((ban) => ban.paths ?? []), patterns: bans.flatMap((ban) => ban.patterns ?? []) },
    ],
  };
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.test.js'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-screenshots/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Mozilla's rule set against markup from strings (innerHTML, insertAdjacentHTML, document.write …).
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      // Page-derived strings must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never parse strings into the page.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never parse strings into the page.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never parse strings into the page.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
    },
  },

  // Layers: who may import whom. One setting per folder, since a later one replaces an earlier.
  { files: ['src/detect/**'], ignores: TESTS, rules: restrictImports(DETECTOR_STAYS_TINY) },
  { files: ['src/match/**'], ignores: TESTS, rules: restrictImports(MATCHER_HAS_NO_DOM, LOWER_LAYERS_MAY_NOT_IMPORT_APP) },
  { files: ['src/card/**', 'src/roster/**'], ignores: TESTS, rules: restrictImports(CARDS_DRAW_FROM_PROPS, LOWER_LAYERS_MAY_NOT_IMPORT_APP) },
  {
    files: ['src/extract/**', 'src/annotate/**', 'src/glossary/**', 'src/i18n/**', 'src/citations/**', 'src/settings/**', 'src/article/**'],
    ignores: TESTS,
    rules: restrictImports(LOWER_LAYERS_MAY_NOT_IMPORT_APP),
  },
  // Type imports are erased from the bundle, so the page script may use the cards' types.
  {
    files: ['src/app/**', 'entrypoints/annotator.content.ts'],
    ignores: TESTS,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', PAGE_SCRIPT_CARRIES_NO_UI_KIT] },
  },
  {
    files: ['src/match/**'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: `${MATCH}: it may not use ${name}.` })),
      ],
      '@typescript-eslint/no-restricted-types': [
        'error',
        {
          types: Object.fromEntries(
            DOM_GLOBALS.filter((name) => /^[A-Z]/.test(name)).map((name) => [name, { message: `${MATCH}: it may not use ${name}.` }]),
          ),
        },
      ],
    },
  },

  // Only src/annotate writes to the page. UI that draws in our own shadow root with Preact (the
  // card, the cast, the popup, the options page, the reader view) is not the page.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'entrypoints/*.content.ts', 'entrypoints/detector.ts', 'entrypoints/background.ts'],
    ignores: [
      ...TESTS,
      'src/annotate/**',
      'src/card/**',
      'src/roster/**',
      'src/popup/**',
      'src/options/**',
      'src/reader/**',
      // Writes only to the detached copy of the page it makes for Readability, never to the page.
      'src/extract/readability-copy.ts',
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { local },
    rules: { 'local/no-page-writes': 'error' },
  },

  // Functions short enough to read at once.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    ignores: TESTS,
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },

  {
    // Tests build fixture DOMs from literal strings and compare serialisations.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.test.js', 'tests/**', 'scripts/**', 'eslint-rules/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-properties': 'off' },
  },
);

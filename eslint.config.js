import js from '@eslint/js';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

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
  {
    // Tests build fixture DOMs from literal strings and compare serialisations.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-properties': 'off' },
  },
);

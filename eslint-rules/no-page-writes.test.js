import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, it } from 'vitest';
import noPageWrites from './no-page-writes.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// CI=true makes typescript-eslint build its programs for a single run, in which the cases (code
// that is not the fixture file's) lose the DOM's types and nothing is reported: keep the usual mode.
const parserOptions = {
  project: './tsconfig.json',
  tsconfigRootDir: fileURLToPath(new URL('./fixtures/', import.meta.url)),
  disallowAutomaticSingleRunInference: true,
};
const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions } });

/** Cases are linted as this (empty) file of the fixtures' project, which gives them the DOM's types. */
const filename = fileURLToPath(new URL('./fixtures/file.ts', import.meta.url));

// The first parse builds the TypeScript program with the DOM's types (seconds on a busy machine);
// the cases reuse it.
beforeAll(() => void tseslint.parser.parseForESLint('', { ...parserOptions, filePath: filename }), 60_000);
const call = (what) => ({ messageId: 'call', data: { what } });
const assign = (what) => ({ messageId: 'assign', data: { what } });

ruleTester.run('no-page-writes', noPageWrites, {
  valid: [
    // Reading the page is fine.
    'const n = document.body.getElementsByTagName("p").length; document.body.textContent?.includes("沙哥");',
    // Things that are not DOM nodes, with the same method names.
    'const params = new URLSearchParams(); params.append("a", "b");',
    'class Writer { remove(node: Node) {} } declare const writer: Writer; writer.remove(document.body);',
    'const entry = { id: "a", data: 1 }; entry.id = "b"; entry.data = 2;',
    'const list: string[] = []; list.push("x");',
    // A node's own look-alike of ours, not the DOM's.
    'declare const fake: { nodeType: number; remove(): void }; fake.remove();',
    // Making a node is not writing to the page; putting it in would be.
    'const p = document.createElement("p");',
  ].map((code) => ({ code, filename })),
  invalid: [
    { code: 'document.body.append("x");', errors: [call('append()')] },
    { code: 'declare const el: Element | null; el?.remove();', errors: [call('remove()')] },
    { code: 'declare const t: Text; t.data = "x";', errors: [assign('data')] },
    { code: 'declare const el: HTMLElement; el.textContent = "x"; el.id = "y"; el.className += " z";', errors: [assign('textContent'), assign('id'), assign('className')] },
    { code: 'declare const el: HTMLElement; el.setAttribute("a", "b"); el.toggleAttribute("c", true);', errors: [call('setAttribute()'), call('toggleAttribute()')] },
    { code: 'declare const el: HTMLElement; el.style.color = "red"; el.dataset.qx = "1"; delete el.dataset.qx;', errors: [assign('style.color'), assign('dataset.qx'), assign('dataset.qx')] },
    { code: 'declare const el: HTMLElement; el.style.setProperty("color", "red"); el.classList.add("x");', errors: [call('style.setProperty()'), call('classList.add()')] },
    { code: 'function put<T extends Node>(parent: T, child: Node) { parent.appendChild(child); }', errors: [call('appendChild()')] },
    { code: 'declare const root: ShadowRoot; root.replaceChildren();', errors: [call('replaceChildren()')] },
    { code: 'declare const range: Range; range.surroundContents(document.createElement("b"));', errors: [call('surroundContents()')] },
    { code: 'declare const el: Element; el["setAttribute"]("a", "b");', errors: [call('setAttribute()')] },
    // Any property of a node is the page's: its title, its scroll position, its handlers.
    { code: 'document.title = "x"; document.body.scrollTop++; document.body.onclick = null;', errors: [assign('title'), assign('scrollTop'), assign('onclick')] },
  ].map((test) => ({ ...test, filename })),
});

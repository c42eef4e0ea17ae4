/**
 * Serves the compiled glossary as `virtual:glossary`, so an invalid glossary.json fails the build
 * (and the unit tests) with a message naming the entry, and the extension never ships OpenCC.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileGlossary } from './compile';

const VIRTUAL_ID = 'virtual:glossary';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const glossaryPath = fileURLToPath(new URL('./glossary.json', import.meta.url));

export function glossaryPlugin(): Plugin {
  return {
    name: 'glossary',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(glossaryPath);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(glossaryPath, 'utf8'));
      } catch (error) {
        throw new Error(`src/glossary/glossary.json is not valid JSON: ${(error as Error).message}`);
      }
      const compiled = compileGlossary(raw);
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}

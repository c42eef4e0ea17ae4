/**
 * Reads src/glossary/data/, and serves the compiled glossary to unit tests as `virtual:glossary`.
 * The extension gets it as glossary.json, written by the build (wxt.config.ts); either way an
 * invalid data file fails with a message naming the entry, and of OpenCC's dictionaries only the
 * entries the glossary's texts (and the citations' summaries) use ship.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileGlossary, type GlossaryFile } from './compile';

const VIRTUAL_ID = 'virtual:glossary';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
const CITATIONS_FILE = fileURLToPath(new URL('../citations/citations.json', import.meta.url));

/** The citations, whose summaries zh-TW shows converted as it does the glossary's texts. */
export function readCitations(): { id: string }[] {
  return (JSON.parse(readFileSync(CITATIONS_FILE, 'utf8')) as { citations: { id: string }[] }).citations;
}

/** Reads every JSON file of src/glossary/data/, in name order. */
export function readGlossaryFiles(): GlossaryFile[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(DATA_DIR, name);
      try {
        return { name, raw: JSON.parse(readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        throw new Error(`src/glossary/data/${name} is not valid JSON: ${(error as Error).message}`);
      }
    });
}

export function glossaryPlugin(): Plugin {
  return {
    name: 'glossary',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Each file, not the folder: a folder among a module's watched files makes vite try to import
      // it when the module is transformed for a DOM environment (happy-dom tests).
      const files = readGlossaryFiles();
      for (const { name } of files) this.addWatchFile(join(DATA_DIR, name));
      this.addWatchFile(CITATIONS_FILE);
      const compiled = compileGlossary(files, readCitations());
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}

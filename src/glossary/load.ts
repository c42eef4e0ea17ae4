/**
 * The glossary ships once, as glossary.json in the extension (the build validates it), instead of
 * inside every script that needs it. Extension pages read the file; content scripts, which may not
 * read extension files without exposing them to web pages, ask the background for it twice: for
 * what marking needs, before marking (./parts.ts), and for the entries whole when the cards come.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage } from '../platform';
import type { CardEntriesRequest, GlossaryRequest } from '../messages';
import { unpackGlossary, type PackedGlossary } from './packed';
import type { CompiledEntry, CompiledGlossary, MarkingGlossary } from './types';

export const GLOSSARY_FILE = '/glossary.json';

/** Reads the bundled glossary file (in the background and extension pages). */
export async function readGlossaryFile(): Promise<CompiledGlossary> {
  // Generated at build time (wxt.config.ts), so WXT's list of public paths does not know it.
  const response = await fetch(browser.runtime.getURL(GLOSSARY_FILE as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`The extension's glossary is missing (${response.status}).`);
  return unpackGlossary((await response.json()) as PackedGlossary);
}

let file: Promise<CompiledGlossary> | undefined;
let marking: Promise<MarkingGlossary> | undefined;

// The whole glossary serves as the marking part (it holds all of it): the file is at hand here.
const readOnce = () => (file ??= readGlossaryFile());

/** What marking needs of the glossary, once per page. */
export function loadGlossary(): Promise<MarkingGlossary> {
  marking ??= isExtensionPage()
    ? readOnce()
    : (browser.runtime.sendMessage({ type: 'qx:glossary' } satisfies GlossaryRequest) as Promise<MarkingGlossary>);
  return marking;
}

/** The entries whole, by id, for the cards and the cast (src/app/card-ui-loader.ts asks once per page). */
export async function loadCardEntries(): Promise<ReadonlyMap<string, CompiledEntry>> {
  const entries = isExtensionPage()
    ? (await readOnce()).entries
    : ((await browser.runtime.sendMessage({ type: 'qx:card-entries' } satisfies CardEntriesRequest)) as CompiledEntry[]);
  return new Map(entries.map((entry) => [entry.id, entry]));
}

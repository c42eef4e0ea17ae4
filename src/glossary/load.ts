/**
 * The glossary ships once, as glossary.json in the extension (the build validates it), instead of
 * inside every script that needs it. Extension pages read the file; content scripts, which may not
 * read extension files without exposing them to web pages, ask the background for it, in two parts
 * (./parts.ts): what marking needs, before marking, and the cards' texts when the cards come.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage } from '../platform';
import type { CardTextsRequest, GlossaryRequest } from '../messages';
import { unpackGlossary, type PackedGlossary } from './packed';
import { joinEntries } from './parts';
import type { CardEntry, CompiledEntry, CompiledGlossary, MarkingGlossary } from './types';

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

// The whole glossary serves as either part (each is a subset of it): the file is at hand here.
const readOnce = () => (file ??= readGlossaryFile());

/** What marking needs of the glossary, once per page. */
export function loadGlossary(): Promise<MarkingGlossary> {
  marking ??= isExtensionPage()
    ? readOnce()
    : (browser.runtime.sendMessage({ type: 'qx:glossary' } satisfies GlossaryRequest) as Promise<MarkingGlossary>);
  return marking;
}

function loadCardTexts(): Promise<CardEntry[]> {
  return isExtensionPage()
    ? readOnce().then(({ entries }) => entries)
    : (browser.runtime.sendMessage({ type: 'qx:card-texts' } satisfies CardTextsRequest) as Promise<CardEntry[]>);
}

/** The whole entries, for the cards and the cast (src/app/card-ui-loader.ts asks once per page). */
export async function loadCardEntries(): Promise<ReadonlyMap<string, CompiledEntry>> {
  const [{ entries }, cards] = await Promise.all([loadGlossary(), loadCardTexts()]);
  return joinEntries(entries, cards);
}

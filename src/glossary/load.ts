/**
 * The glossary ships once, as glossary.json in the extension (the build validates it), instead of
 * inside every script that needs it. Extension pages read the file; content scripts, which may not
 * read extension files without exposing them to web pages, ask the background for it.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage } from '../platform';
import type { GlossaryRequest } from '../messages';
import { unpackGlossary, type PackedGlossary } from './packed';
import type { CompiledGlossary } from './types';

export const GLOSSARY_FILE = '/glossary.json';

let loaded: Promise<CompiledGlossary> | undefined;

/** Reads the bundled glossary file (in the background and extension pages). */
export async function readGlossaryFile(): Promise<CompiledGlossary> {
  // Generated at build time (wxt.config.ts), so WXT's list of public paths does not know it.
  const response = await fetch(browser.runtime.getURL(GLOSSARY_FILE as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`The extension's glossary is missing (${response.status}).`);
  return unpackGlossary((await response.json()) as PackedGlossary);
}

export function loadGlossary(): Promise<CompiledGlossary> {
  loaded ??= isExtensionPage()
    ? readGlossaryFile()
    : (browser.runtime.sendMessage({ type: 'qx:glossary' } satisfies GlossaryRequest) as Promise<CompiledGlossary>);
  return loaded;
}

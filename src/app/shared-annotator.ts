/**
 * The reader view runs the very annotator file that pages get (annotator.js)
 * instead of bundling a second copy of it: the annotator with its cards, cast, citations and
 * Readability is the largest part of the extension, and shipping it twice cost a quarter of the zip.
 *
 * Loaded into an extension page, annotator.js does not annotate; it offers its session starter
 * under a global name, and the reader view picks it up from there.
 */
import type { startAnnotatorSession } from './session';

export interface SharedAnnotator {
  startAnnotatorSession: typeof startAnnotatorSession;
}

/** Where annotator.js leaves its offer; src/reader/load-annotator.ts picks it up. */
export const SHARED_ANNOTATOR_GLOBAL = '__qxSharedAnnotator';

export function offerSharedAnnotator(annotator: SharedAnnotator): void {
  (globalThis as Record<string, unknown>)[SHARED_ANNOTATOR_GLOBAL] = annotator;
}

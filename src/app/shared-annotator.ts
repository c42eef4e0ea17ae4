/**
 * The reader view runs the very annotator file that pages get (content-scripts/annotator.js)
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

const GLOBAL_NAME = '__qxSharedAnnotator';

export { isExtensionPage } from '../platform';

export function offerSharedAnnotator(annotator: SharedAnnotator): void {
  (globalThis as Record<string, unknown>)[GLOBAL_NAME] = annotator;
}

/** Loads annotator.js into this extension page and returns what it offers. */
export async function loadSharedAnnotator(scriptUrl: string): Promise<SharedAnnotator> {
  const script = document.createElement('script');
  script.src = scriptUrl;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${scriptUrl}`)));
  });
  document.head.append(script);
  await loaded;
  // The script's main() offers the annotator synchronously, while the file is evaluated.
  const offered = (globalThis as Record<string, unknown>)[GLOBAL_NAME] as SharedAnnotator | undefined;
  if (!offered) throw new Error(`${scriptUrl} did not offer the annotator`);
  return offered;
}

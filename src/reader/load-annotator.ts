/**
 * The reader view's side of src/app/shared-annotator.ts: it runs the pages' own annotator.js in
 * this extension page (a script element of the reader view's own document, not of a web page),
 * and card-ui.js with it, which a web page gets on the reader's first move: here the cards are
 * wanted at once.
 */
import { SHARED_ANNOTATOR_GLOBAL, type SharedAnnotator } from '../app/shared-annotator';

function loadScript(scriptUrl: string): Promise<void> {
  const script = document.createElement('script');
  script.src = scriptUrl;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${scriptUrl}`)));
  });
  document.head.append(script);
  return loaded;
}

/** Loads annotator.js and card-ui.js into this extension page and returns what the annotator offers. */
export async function loadSharedAnnotator(scriptUrl: string, cardUiUrl: string): Promise<SharedAnnotator> {
  await Promise.all([loadScript(scriptUrl), loadScript(cardUiUrl)]);
  // The script's main() offers the annotator synchronously, while the file is evaluated.
  const offered = (globalThis as Record<string, unknown>)[SHARED_ANNOTATOR_GLOBAL] as SharedAnnotator | undefined;
  if (!offered) throw new Error(`${scriptUrl} did not offer the annotator`);
  return offered;
}

/**
 * Injected by the background into a loaded page whose address or title makes it worth a look
 * (worthALook in src/detect/detect.ts; most pages never get it), so it stays tiny and quick; see
 * src/detect/run-detector.ts. It is an unlisted script rather than a WXT content script on purpose:
 * that wrapper touches the extension API, which alone costs about as much as the detection. What
 * main returns (a promise) is the script's result, which executeScript hands to the background.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runDetector, type DetectorState, type DetectorVerdict } from '../src/detect/run-detector';
import type { ArticleDetectedMessage } from '../src/messages';

/** Reached only on the article: the extension API is first touched here. */
function askForTheAnnotator(): void {
  const { browser: firefoxApi, chrome: chromeApi } = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  void (firefoxApi ?? chromeApi)?.runtime.sendMessage({ type: 'qx:article-detected' } satisfies ArticleDetectedMessage);
}

const detect = () => runDetector(globalThis as DetectorState, askForTheAnnotator);

/**
 * While a page titled like the article loads, the browser runs the detector at document_idle,
 * inside the task in which the page finishes parsing and styles itself: on a 3 MB page that task
 * ran 45–53 ms, 5 of them ours. There it runs in a task of its own, and the browser waits for the
 * promise to give the background the verdict. After the load (most pages) it runs at once: the
 * timer and the promise cost 0.3 ms of the 1.3 it takes on a page that is not the article.
 */
export default defineUnlistedScript(() =>
  document.readyState === 'complete' ? detect() : new Promise<DetectorVerdict>((resolve) => setTimeout(() => resolve(detect()), 0)),
);

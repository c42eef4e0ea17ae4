/**
 * Injected by the background only into a page the detector recognised (and loaded by the reader
 * view); see src/app/annotator-script.ts. An unlisted script rather than a WXT content script, as
 * the detector is: WXT's content-script context posts a message to the page as it starts, about
 * 4 ms of the article's load, for what src/app/script-lifetime.ts does without it.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runAnnotatorScript } from '../src/app/annotator-script';

export default defineUnlistedScript(() => runAnnotatorScript(browser));

/**
 * Runs on every page (declared in wxt.config.ts), so it stays tiny and quick: decide from the URL,
 * the title and a bounded sample of text, and only if this is the article ask the background to
 * inject the annotator. It is an unlisted script rather than a WXT content script on purpose: that
 * wrapper touches the extension API on every page, which alone costs about as much as the detection.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle, sampleBudget } from '../src/detect/detect';
import { sampleText } from '../src/detect/sample-page';
import type { ArticleDetectedMessage } from '../src/messages';

export default defineUnlistedScript(() => {
  const url = location.href;
  const title = document.title;
  const budget = sampleBudget(url, title);
  // The walk starts at the document, not the body: touching document.body alone costs a content
  // script about 0.4 ms on first use, as much as the rest of the detection.
  const kind = detectArticle({ url, title, text: sampleText(document, budget) });
  if (!kind) return;
  // Reached only on the article: the extension API is first touched here.
  const { browser: firefoxApi, chrome: chromeApi } = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  const api = firefoxApi ?? chromeApi;
  void api?.runtime.sendMessage({ type: 'qx:article-detected' } satisfies ArticleDetectedMessage);
});

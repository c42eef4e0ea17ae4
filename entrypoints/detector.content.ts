/**
 * Runs on every page, so it stays tiny: sample the title and the start of the text, and only if
 * this is the article ask the background to inject the annotator. Other pages are never touched.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle, sampleLength } from '../src/detect/detect';
import { sampleText } from '../src/detect/sample-page';
import type { ArticleDetectedMessage } from '../src/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const title = document.title;
    const kind = detectArticle({
      url: location.href,
      title,
      text: document.body ? sampleText(document.body, sampleLength(title)) : '',
    });
    if (kind) void browser.runtime.sendMessage({ type: 'qx:article-detected' } satisfies ArticleDetectedMessage);
  },
});

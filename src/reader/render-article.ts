/**
 * Puts Readability's copy of the article into the reader page. The markup came from a web page,
 * so the browser's own HTML sanitizer (Element.setHTML, Chrome 146+, Firefox 148+: the manifest's
 * minimum versions) parses it: scripts, event handlers, javascript: URLs and frames never get in,
 * whatever the configuration, and ours also leaves out forms, styles and the page's class names.
 * It replaced DOMPurify, a third of the reader's code.
 */

/** The part of the HTML Sanitizer API we use; TypeScript's DOM library does not describe it yet. */
interface SanitizingElement extends Element {
  setHTML(html: string, options: { sanitizer: { removeElements: string[]; removeAttributes: string[] } }): void;
}

const READER_SANITIZER = {
  removeElements: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  removeAttributes: ['style', 'class', 'id'],
};

export function renderArticle(container: Element, html: string): void {
  (container as SanitizingElement).setHTML(html, { sanitizer: READER_SANITIZER });
  for (const link of container.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

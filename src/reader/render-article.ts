/**
 * Puts Readability's copy of the article into the reader page. The markup came from a web page,
 * so DOMPurify sanitizes it into a fragment first: no scripts, no handlers, no forms, no styles.
 */
import DOMPurify from 'dompurify';

export function renderArticle(container: Element, html: string): void {
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'class', 'id'],
  });
  for (const link of fragment.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  container.replaceChildren(fragment);
}

/**
 * Facts about where a script runs, for modules of any layer: a neutral home, so that a lower layer
 * (src/glossary) need not import src/app for them.
 */

/** True in the extension's own pages (the reader view), where annotator.js only offers itself. */
export function isExtensionPage(): boolean {
  return location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:';
}

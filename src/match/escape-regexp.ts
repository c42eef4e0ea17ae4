/**
 * Text as a regular expression that matches exactly that text. Pure, and imports nothing, so any
 * layer may use it (the detector's lint rule lets it through).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

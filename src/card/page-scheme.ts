/** Whether the page reads light or dark, so the card can match it. */

function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(color);
  if (!match) return null;
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: match[4] === undefined ? 1 : Number(match[4]) };
}

/** Relative luminance (WCAG) of an sRGB colour with channels 0–255. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function pageScheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const background = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (background && background.a > 0.5) return luminance(background) < 0.2 ? 'dark' : 'light';
  }
  // A transparent page is drawn on the browser's canvas, which is dark only if the page opts in.
  const colorScheme = view.getComputedStyle(doc.documentElement).colorScheme;
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return colorScheme.includes('dark') && (prefersDark || !colorScheme.includes('light')) ? 'dark' : 'light';
}

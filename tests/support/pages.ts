/** Helpers for driving annotated fixture pages. */
import type { Page } from 'playwright-core';

/** The eight nicknames and who they are, as the issue states them (not read from the glossary). */
export const EIGHT_AUTHORS = [
  { nickname: '乌兹哥', traditional: '烏茲哥', id: 'jakob-uszkoreit', name: 'Jakob Uszkoreit' },
  { nickname: '菠萝哥', traditional: '菠蘿哥', id: 'illia-polosukhin', name: 'Illia Polosukhin' },
  { nickname: '瓦斯哥', traditional: '瓦斯哥', id: 'ashish-vaswani', name: 'Ashish Vaswani' },
  { nickname: '帕姐', traditional: '帕姐', id: 'niki-parmar', name: 'Niki Parmar' },
  { nickname: '囧哥', traditional: '囧哥', id: 'llion-jones', name: 'Llion Jones' },
  { nickname: '割麦子', traditional: '割麥子', id: 'aidan-gomez', name: 'Aidan Gomez' },
  { nickname: '凯哥', traditional: '凱哥', id: 'lukasz-kaiser', name: 'Łukasz Kaiser' },
  { nickname: '沙哥', traditional: '沙哥', id: 'noam-shazeer', name: 'Noam Shazeer' },
] as const;

export const CARD = 'qx-overlay .card';

export async function waitForAnnotations(page: Page): Promise<void> {
  await page.locator('qx-mention').first().waitFor({ state: 'attached', timeout: 15_000 });
}

/** The first focusable mention whose text is exactly `text` (a split mention's text spans its pieces). */
export async function mentionWithText(page: Page, text: string) {
  const index = await page.evaluate((wanted) => {
    const groups = new Map<string, string>();
    for (const piece of document.querySelectorAll<HTMLElement>('qx-mention')) {
      const id = piece.dataset.qxMention!;
      groups.set(id, (groups.get(id) ?? '') + piece.textContent);
    }
    for (const [id, joined] of groups) if (joined === wanted) return id;
    return null;
  }, text);
  if (index === null) throw new Error(`no mention reads "${text}"`);
  return page.locator(`qx-mention[data-qx-mention="${index}"]`).first();
}

/** Serialises the page's DOM as the source HTML parses, and as it is live, for byte-for-byte comparison. */
export async function sourceAndLiveDom(page: Page): Promise<{ source: string; live: string }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return { source: parsed.documentElement.outerHTML, live: document.documentElement.outerHTML };
  });
}

/** Helpers for driving annotated fixture pages. */
import type { Frame, Page } from 'playwright-core';

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

/** A page, or a frame in one: where the annotator runs. */
type PageOrFrame = Page | Frame;

/** How often the waits below look at the page: they wait for a fact, this only says how soon they see it. */
const POLL_MS = 20;

/**
 * How many marking passes the annotator has finished in the page (our overlay states it): the
 * first marking, every settings change applied, every re-render of the article handled. 0 before
 * the first, or where the annotator is not running.
 */
export function generation(page: PageOrFrame): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('qx-overlay')?.getAttribute('data-qx-generation') ?? 0));
}

/** Waits until more than `above` marking passes have finished; returns how many have. */
export async function waitForGeneration(page: PageOrFrame, above: number, timeout = 15_000): Promise<number> {
  const reached = await page.waitForFunction(
    (floor) => {
      const count = Number(document.querySelector('qx-overlay')?.getAttribute('data-qx-generation') ?? 0);
      return count > floor && count;
    },
    above,
    { timeout, polling: POLL_MS },
  );
  return (await reached.jsonValue()) as number;
}

/**
 * Waits for the first marking pass to finish and returns the passes finished so far: read it before
 * making a change, then waitForGeneration(page, it) waits for the change to have been handled.
 */
export function settledGeneration(page: PageOrFrame, timeout = 15_000): Promise<number> {
  return waitForGeneration(page, 0, timeout);
}

/** The article is marked, with glosses and cast applied: its first marking pass has finished. */
export async function waitForAnnotations(page: PageOrFrame, timeout = 15_000): Promise<void> {
  await settledGeneration(page, timeout);
}

/**
 * Waits until the hover intent has nothing pending (no card about to open or close). Only after the
 * pointer has touched a mention does the overlay say so: before that, this waits in vain and fails.
 */
export async function waitForHoverIdle(page: PageOrFrame, timeout = 5_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('qx-overlay')?.getAttribute('data-qx-hover') === 'idle', undefined, {
    timeout,
    polling: POLL_MS,
  });
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

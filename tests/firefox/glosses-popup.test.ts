/**
 * The gloss toggle from the popup page, in Firefox ESR: applied to an open article tab at once,
 * persisted for tabs opened later, and undone. Mirrors tests/browser/glosses-popup.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxTestbed, mentionWithText, waitForAnnotations, waitUntil } from './support/firefox';

const testbed = useFirefoxTestbed();

/** The text right after a mention: its gloss when glosses are on, else null. */
async function textAfter(page: Page, nickname: string): Promise<string | null> {
  const mention = await mentionWithText(page, nickname);
  return mention.evaluate((element) => {
    const pieces = document.querySelectorAll(`qx-mention[data-qx-mention="${(element as HTMLElement).dataset.qxMention}"]`);
    const next = pieces[pieces.length - 1]!.nextSibling;
    return next?.nodeName === 'QX-GLOSS' ? next.textContent : null;
  });
}

const glossCount = (page: Page) => page.evaluate(() => document.querySelectorAll('qx-gloss').length);
const articleText = (page: Page) => page.evaluate(() => (document.querySelector('#js_content') as HTMLElement).innerText);

/** Clicks the popup's gloss switch (real pointer input) and waits for the checkbox to read `checked`. */
async function setGlosses(popup: Page, checked: boolean): Promise<void> {
  const toggle = await popup.waitForSelector('input[name=glosses]', { timeout: 10_000 });
  expect(await toggle!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(!checked);
  await toggle!.click();
  await waitUntil(() => toggle!.evaluate((input) => (input as HTMLInputElement).checked), (value) => value === checked, {
    what: `the gloss switch to read ${checked}`,
  });
}

describe('inline glosses, in Firefox', () => {
  it('the popup switch shows English names after nicknames in an open tab, and hides them again', async () => {
    const article = await testbed.firefox.open(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
    await waitForAnnotations(article);
    expect(await glossCount(article)).toBe(0);
    expect(await textAfter(article, '沙哥')).toBeNull();

    const popup = await testbed.firefox.open(testbed.firefox.extensionUrl('popup.html'));
    await setGlosses(popup, true);

    await waitUntil(() => textAfter(article, '沙哥'), (text) => text === ' (Noam Shazeer)', { what: 'the gloss after 沙哥' });
    expect(await textAfter(article, '割麦子')).toBe(' (Aidan Gomez)');
    expect(await textAfter(article, '老黄')).toBe(' (Jensen Huang)');
    expect(await articleText(article)).toContain('凯哥 (Łukasz Kaiser)');

    // Persisted: a tab opened later starts with glosses on.
    const later = await testbed.firefox.open(`http://www.qbitai.com:${testbed.server.port}/2024/03/transformer-authors.html`);
    await waitForAnnotations(later);
    await waitUntil(() => glossCount(later), (count) => count > 20, { what: 'glosses in a tab opened later' });

    await popup.bringToFront();
    await setGlosses(popup, false);
    await waitUntil(() => glossCount(article), (count) => count === 0, { what: 'no glosses in the article tab' });
    await waitUntil(() => glossCount(later), (count) => count === 0, { what: 'no glosses in the later tab' });
    expect(await textAfter(article, '沙哥')).toBeNull();
    expect(await articleText(article)).not.toContain('(Noam Shazeer)');
    for (const page of [article, popup, later]) await page.close();
  });
});

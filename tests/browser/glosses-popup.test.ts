/** The gloss toggle from the popup, applied to an open tab at once and persisted; the popup itself. */
import { describe, expect, it } from 'vitest';
import { mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

/** The text right after a mention: its gloss when glosses are on. */
async function textAfter(page: import('playwright-core').Page, nickname: string) {
  const mention = await mentionWithText(page, nickname);
  return mention.evaluate((element) => {
    const pieces = document.querySelectorAll(`qx-mention[data-qx-mention="${(element as HTMLElement).dataset.qxMention}"]`);
    const next = pieces[pieces.length - 1]!.nextSibling;
    return next?.nodeName === 'QX-GLOSS' ? next.textContent : null;
  });
}

describe('inline glosses', () => {
  it('the popup switch shows English names after nicknames in an open tab, and hides them again', async () => {
    const article = await testbed.browser.context.newPage();
    await article.goto(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
    await waitForAnnotations(article);
    expect(await article.locator('qx-gloss').count()).toBe(0);

    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    const toggle = popup.locator('input[name=glosses]');
    await toggle.check();

    await expect.poll(() => textAfter(article, '沙哥')).toBe(' (Noam Shazeer)');
    expect(await textAfter(article, '割麦子')).toBe(' (Aidan Gomez)');
    expect(await textAfter(article, '老黄')).toBe(' (Jensen Huang)');
    const text = await article.locator('#js_content').innerText();
    expect(text).toContain('凯哥 (Łukasz Kaiser)');

    // Persisted: a tab opened later starts with glosses on.
    const later = await testbed.browser.context.newPage();
    await later.goto(`http://www.qbitai.com:${testbed.server.port}/2024/03/transformer-authors.html`);
    await waitForAnnotations(later);
    await expect.poll(() => later.locator('qx-gloss').count()).toBeGreaterThan(20);

    await toggle.uncheck();
    await expect.poll(() => article.locator('qx-gloss').count()).toBe(0);
    await expect.poll(() => later.locator('qx-gloss').count()).toBe(0);
    expect(await article.locator('#js_content').innerText()).not.toContain('(Noam Shazeer)');
    for (const page of [article, popup, later]) await page.close();
  });
});

describe('popup', () => {
  it('shows the gloss shortcut and the article’s three sources', async () => {
    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.shortcut').textContent()).toMatch(/Alt\s*\+\s*Shift\s*\+\s*G/);
    const sources = await popup.locator('.sources a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(sources).toEqual([
      'https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/',
      'https://www.youtube.com/watch?v=zBK2CPka5jo',
      'https://www.semianalysis.com/p/google-gemini-eats-the-world-gemini',
    ]);
    await popup.close();
  });
});

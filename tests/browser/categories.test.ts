/** Organisations, works and terms: off by default, on from the popup, with their own quieter cards. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD, generation, mentionWithText, waitForAnnotations, waitForGeneration } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

const count = (page: Page, category: string) => page.locator(`qx-mention[data-qx-category="${category}"]`).count();

describe('categories', () => {
  it('marks only people until the reader turns the other categories on, and unmarks them when turned off', async () => {
    const article = await testbed.browser.context.newPage();
    await article.goto(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
    await waitForAnnotations(article);
    const before = await article.locator('#js_content').innerText();
    expect(await count(article, 'person')).toBeGreaterThan(50);
    for (const category of ['organisation', 'work', 'term']) expect(await count(article, category)).toBe(0);

    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    for (const category of ['organisation', 'work', 'term']) await popup.locator(`input[name=category-${category}]`).check();
    await expect.poll(() => count(article, 'term')).toBeGreaterThan(20);
    expect(await count(article, 'organisation')).toBeGreaterThan(20);
    expect(await count(article, 'work')).toBeGreaterThan(5);

    // An organisation's card and a term's card, each with the article's slip where it has one.
    await (await mentionWithText(article, '英伟达')).hover();
    await expect.poll(() => article.locator(CARD).locator('h2').textContent()).toBe('NVIDIA');
    await article.mouse.move(2, 2);
    await expect.poll(() => article.locator(CARD).count()).toBe(0);
    await (await mentionWithText(article, 'SNLI数据集')).hover();
    await expect.poll(() => article.locator(CARD).locator('h2').textContent()).toBe('Stanford Natural Language Inference corpus');
    expect(await article.locator(CARD).locator('.slip').textContent()).toMatch(/pairs/);
    // Quieter marks than people's.
    const style = (category: string) =>
      article.locator(`qx-mention[data-qx-category="${category}"]`).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await style('term')).toBe('rgba(0, 0, 0, 0)');
    expect(await style('person')).not.toBe('rgba(0, 0, 0, 0)');

    // Each change is applied in one marking pass (the old marks undone and the new made in the same
    // task): once the pass count moves on, the marks are final.
    const uncheck = async (category: string) => {
      const passes = await generation(article);
      await popup.locator(`input[name=category-${category}]`).uncheck();
      await waitForGeneration(article, passes);
    };
    await uncheck('term');
    expect(await count(article, 'term')).toBe(0);
    expect(await count(article, 'organisation')).toBeGreaterThan(20);
    expect(await count(article, 'person')).toBeGreaterThan(50);
    // Unmarking gives back exactly the text there was.
    await uncheck('organisation');
    await uncheck('work');
    expect(await count(article, 'organisation')).toBe(0);
    expect(await count(article, 'work')).toBe(0);
    expect(await count(article, 'person')).toBeGreaterThan(50);
    expect(await article.locator('#js_content').innerText()).toBe(before);
    await article.close();
    await popup.close();
  });

  it('shows a slip on the card where the article gets a fact wrong', async () => {
    const article = await testbed.browser.context.newPage();
    await article.goto(`http://mp.weixin.qq.com:${testbed.server.port}/s/qbitai-transformer-authors/`);
    await waitForAnnotations(article);
    await (await mentionWithText(article, 'Aidan Gomaz')).hover();
    const card = article.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Aidan Gomez');
    // The slip is one of the card's details, a click away.
    await card.locator('button.more').click();
    expect(await card.locator('.slip').isVisible()).toBe(true);
    expect(await card.locator('.slip').textContent()).toMatch(/Gomaz/);
    await article.mouse.move(2, 2);
    await expect.poll(() => card.count()).toBe(0);
    await (await mentionWithText(article, '帕姐')).hover();
    await card.locator('button.more').click();
    expect(await card.locator('.slip').textContent()).toMatch(/woman|她/);
    await article.close();
  });
});

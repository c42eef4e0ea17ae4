/** The article's slang: off by default, on from its own switch, with a card made for learners. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { CARD, generation, mentionWithText, waitForAnnotations, waitForGeneration } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();

/** Slang mentions: a mention the page splits across inline elements is marked in pieces, counted once. */
const slangMarks = (page: Page) =>
  page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>('qx-mention[data-qx-category="slang"]')].map((piece) => piece.dataset.qxMention)).size);
const ARTICLE = '/s/qbitai-transformer-authors/';

describe('slang', () => {
  it('is off by default; its switch marks the expressions, and a card gives the pinyin and the English equivalent', async () => {
    const article = await testbed.browser.context.newPage();
    await article.goto(`http://mp.weixin.qq.com:${testbed.server.port}${ARTICLE}`);
    await waitForAnnotations(article);
    expect(await article.locator('qx-mention[data-qx-category="person"]').count()).toBeGreaterThan(50);
    expect(await slangMarks(article)).toBe(0);

    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    const slangSwitch = popup.locator('input[name=category-slang]');
    expect(await slangSwitch.isChecked()).toBe(false);
    expect(await popup.locator('label', { has: slangSwitch }).textContent()).toBe('Idioms and internet slang');
    const passes = await generation(article);
    await slangSwitch.check();
    await waitForGeneration(article, passes);
    // 25 expressions, three of them used twice (安利, 一作, 大杯).
    expect(await slangMarks(article)).toBe(28);

    await (await mentionWithText(article, '安利')).hover();
    const card = article.locator(CARD);
    await expect.poll(() => card.locator('h2.expression').textContent()).toBe('安利');
    expect(await card.locator('.pinyin').isVisible()).toBe(true);
    expect(await card.locator('.pinyin').textContent()).toBe('ānlì');
    expect(await card.locator('.kind').textContent()).toBe('Internet slang');
    expect(await card.locator('.here').textContent()).toMatch(/self-attention/);
    // The English equivalent is one of the details, a click away.
    expect(await card.locator('.equivalent').isVisible()).toBe(false);
    await card.locator('button.more').click();
    expect(await card.locator('.equivalent').isVisible()).toBe(true);
    expect(await card.locator('.equivalent .english').textContent()).toBe('to talk up');
    expect(await axeViolations(article, 'qx-overlay')).toEqual([]);

    // The article's phrase, not 卷 alone, is what gets marked.
    await article.mouse.move(2, 2);
    await expect.poll(() => card.count()).toBe(0);
    await (await mentionWithText(article, '拼命卷自己')).hover();
    await expect.poll(() => card.locator('h2.expression').textContent()).toBe('卷');

    const before = await generation(article);
    await slangSwitch.uncheck();
    await waitForGeneration(article, before);
    expect(await slangMarks(article)).toBe(0);
    await article.close();
    await popup.close();
  });

  it('has a switch on the options page too, saved for the popup to show', async () => {
    const options = await testbed.browser.context.newPage();
    await options.goto(`chrome-extension://${testbed.browser.extensionId}/options.html`);
    const box = options.locator('input[name=category-slang]');
    await box.check();
    const popup = await testbed.browser.context.newPage();
    await popup.goto(`chrome-extension://${testbed.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('input[name=category-slang]').isChecked()).toBe(true);
    await box.uncheck();
    await options.close();
    await popup.close();
  });
});

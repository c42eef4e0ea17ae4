/**
 * The options page changes the interface language of the popup, the cards and the reader view;
 * axe-core finds no WCAG 2.1 A/AA violations in the popup, the options page, the reader view and an
 * open card.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const ARTICLE = '/2024/03/transformer-authors.html';

const extensionPage = async (path: string): Promise<Page> => {
  const page = await testbed.browser.context.newPage();
  await page.goto(`chrome-extension://${testbed.browser.extensionId}/${path}`);
  await page.locator('h1').waitFor();
  return page;
};

async function openArticle(): Promise<Page> {
  const page = await testbed.browser.context.newPage();
  await page.goto(`http://www.qbitai.com:${testbed.server.port}${ARTICLE}`);
  await waitForAnnotations(page);
  return page;
}

describe('interface language', () => {
  it('switching to 繁體中文 in the options changes the popup, open cards and the reader view', async () => {
    const article = await openArticle();
    const options = await extensionPage('options.html');
    expect(await options.locator('h1').textContent()).toBe('Transformer Authors Decoder: options');
    await options.locator('#language').selectOption('zh-TW');
    await expect.poll(() => options.locator('.saved').textContent()).toBe('Saved');

    // The open tab re-marks itself in the new language, without a reload.
    await expect.poll(async () => {
      await (await mentionWithText(article, '瓦斯哥')).hover();
      return article.locator(CARD).locator('.nickname .label').first().textContent({ timeout: 2000 }).catch(() => null);
    }).toBe('花名');
    expect(await article.locator(CARD).locator('.role .label').textContent()).toBe('在故事裡');
    expect(await article.locator(CARD).locator('.bio p').getAttribute('lang')).toBe('zh-Hant');
    // The glossary ships Simplified texts; the card converts them, in Taiwan's phrasing.
    expect(await article.locator(CARD).locator('.role').textContent()).toContain('他與 Illia Polosukhin 一起設計並實現了');
    expect(await article.locator(CARD).locator('.bio p').textContent()).toContain('學習電腦科學');

    const popup = await extensionPage('popup.html');
    expect(await popup.locator('h1').textContent()).toBe('Transformer 作者花名解碼');

    const tabId = await testbed.browser.tabIdOf(article);
    const reader = await extensionPage(`reader.html?tab=${tabId}`);
    await reader.locator('article qx-mention').first().waitFor();
    expect(await reader.locator('.original').textContent()).toContain('原始頁面');
    expect(await reader.locator('qx-overlay .roster h2').textContent()).toBe('人物表');

    await options.reload();
    await options.locator('h1').waitFor();
    expect(await options.locator('h1').textContent()).toBe('Transformer 作者花名解碼：設定');
    await options.locator('#language').selectOption('auto');
    for (const page of [article, options, popup, reader]) await page.close();
  });

  it('lists the keyboard shortcuts', async () => {
    const options = await extensionPage('options.html');
    const shortcuts = await options.locator('.shortcuts kbd').allTextContents();
    expect(shortcuts.map((keys) => keys.replace(/\s/g, ''))).toEqual(expect.arrayContaining(['Alt+Shift+G', 'Alt+Shift+E', 'Alt+Shift+L']));
    await options.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('the popup has no violations', async () => {
    const popup = await extensionPage('popup.html');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page has no violations', async () => {
    const options = await extensionPage('options.html');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('the reader view, with the cast and a card open, has no violations', async () => {
    const article = await openArticle();
    const reader = await extensionPage(`reader.html?tab=${await testbed.browser.tabIdOf(article)}`);
    await reader.locator('article qx-mention').first().waitFor();
    await (await mentionWithText(reader, '凯哥')).hover();
    await reader.locator(CARD).waitFor();
    expect(await axeViolations(reader)).toEqual([]);
    await article.close();
    await reader.close();
  });

  it('an open card on the article has no violations', async () => {
    const article = await openArticle();
    await (await mentionWithText(article, '沙哥')).hover();
    await article.locator(CARD).waitFor();
    expect(await axeViolations(article, 'qx-overlay')).toEqual([]);
    await article.close();
  });
});

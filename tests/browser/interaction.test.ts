/**
 * Cards and marks as a reader meets them in less common situations: a nickname inside a link,
 * a touch screen, a dark page, a mention at the edge of the window, a Chinese browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import citations from '../../src/citations/citations.json';
import { taiwanConverter } from '../../src/glossary/taiwan-usage';
import { CARD, mentionWithText, waitForAnnotations } from '../support/pages';

const QBITAI_FILE = join(SITES_DIR, 'www.qbitai.com/2024/03/transformer-authors.html');
const qbitaiHtml = readFileSync(QBITAI_FILE, 'utf8');
/** The qbitai.com fixture with an edit, served at another path of the same host. */
function variant(server: FixtureServer, name: string, edit: (html: string) => string): string {
  const path = `/2024/03/variant-${name}.html`;
  const html = edit(qbitaiHtml);
  if (html === qbitaiHtml) throw new Error(`variant ${name} changed nothing`);
  server.pages.set(`www.qbitai.com${path}`, html);
  return `http://www.qbitai.com:${server.port}${path}`;
}

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.pages.set('www.qbitai.com/landing.html', '<!doctype html><title>landing</title><p>landed</p>');
});
afterAll(() => server?.close());

describe('with a mouse and keyboard', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port);
  });
  afterAll(() => browser?.close());

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForAnnotations(page);
    return page;
  }

  it('keeps a link around a nickname working: a click still navigates', async () => {
    const url = variant(server, 'link', (html) => html.replace('第七位Lukasz Kaiser(后简称凯哥,', '第七位Lukasz Kaiser(后简称<a id="link" href="/landing.html">凯哥</a>,'));
    const page = await open(url);
    const mention = page.locator('#link qx-mention');
    expect(await mention.textContent()).toBe('凯哥');
    expect(await mention.getAttribute('tabindex')).toBeNull(); // the link is the Tab stop
    await mention.hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Łukasz Kaiser');
    await mention.click();
    await page.waitForURL(/landing\.html$/);
    expect(await page.locator('p').textContent()).toBe('landed');
    await page.close();
  });

  it('matches a dark page with a dark card', async () => {
    const url = variant(server, 'dark', (html) => html.replace('</head>', '<style>html, body { background: #121212 !important; color: #ddd !important; }</style></head>'));
    const page = await open(url);
    await (await mentionWithText(page, '囧哥')).hover();
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.getAttribute('class')).toContain('dark');
    const background = await card.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(30, 34, 39)');
    await page.close();
  });

  it('keeps the card inside the window for a mention at the bottom right edge', async () => {
    const page = await open(`http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html`);
    await page.setViewportSize({ width: 700, height: 500 });
    const mention = await mentionWithText(page, '沙哥');
    // Put the mention on the last line of the window.
    await mention.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - innerHeight + 4));
    await mention.hover();
    const card = page.locator(CARD);
    // Wait until it is placed: before its position is computed the card sits at the window's top
    // left, where the checks below could pass with no placement at all.
    await expect.poll(() => card.evaluate((element) => element.style.transform), { timeout: 5000 }).toMatch(/^translate\(/);
    const box = (await card.boundingBox())!;
    const anchor = (await mention.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(500);
    expect(box.x + box.width).toBeLessThanOrEqual(700);
    expect(box.y + box.height).toBeLessThanOrEqual(anchor.y); // flipped above the mention
    await page.close();
  });

  it('lets the reader switch the bio to the other language, and opens links in a new tab', async () => {
    const page = await open(`http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html`);
    await (await mentionWithText(page, '割麦子')).hover();
    const card = page.locator(CARD);
    await card.waitFor();
    const bio = card.locator('.bio p');
    expect(await bio.getAttribute('lang')).toBe('en');
    await card.locator('button.more').click();
    await card.locator('.switch-language').click();
    expect(await bio.getAttribute('lang')).toBe('zh-Hans');
    expect(await bio.textContent()).toMatch(/[\u4e00-\u9fff]/);
    const links = await card.locator('a').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    expect(links.some((link) => link.href.includes('wired.com/story/') && link.href.includes('#:~:text='))).toBe(true);
    await page.close();
  });
});

describe('sources on cards', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port);
  });
  afterAll(() => browser?.close());

  it('links the cited source when a person has no Wikipedia article', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, 'Mat Kelcey')).hover();
    const card = page.locator(CARD);
    await expect.poll(() => card.locator('h2').textContent()).toBe('Mat Kelcey');
    const source = card.locator('a.source');
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.textContent()).toMatch(/^Source: /);
    await page.close();
  });
});

describe('on a touch screen', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port, { hasTouch: true });
  });
  afterAll(() => browser?.close());

  it('a tap on a nickname opens its card, a tap elsewhere closes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, '帕姐')).tap();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Niki Parmar');
    await page.locator('h1').tap();
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    await page.close();
  });
});

describe('in a browser set to Chinese', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port, { locale: 'zh-CN' });
  });
  afterAll(() => browser?.close());

  it('shows the card labels, the Chinese bio and the popup in Chinese', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, '瓦斯哥')).hover();
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.locator('.nickname .label').first().textContent()).toBe('花名');
    expect(await card.locator('.bio p').getAttribute('lang')).toBe('zh-Hans');
    expect(await card.locator('.switch-language').textContent()).toBe('English bio');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Transformer 作者花名解码');
    expect(await popup.locator('input[name=glosses] + span').textContent()).toBe('在花名后显示英文名');
    await page.close();
    await popup.close();
  });
});

describe('in a browser set to Traditional Chinese (Taiwan), on a Traditional copy', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(server.port, { locale: 'zh-TW' });
  });
  afterAll(() => browser?.close());

  it('writes the cards and the citation markers’ labels in Traditional characters', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://www.twtechnews.com.tw:${server.port}/news/20240326/transformer-authors.html`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, '瓦斯哥')).hover();
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.locator('.bio p').getAttribute('lang')).toBe('zh-Hant');

    const toTaiwan = taiwanConverter('glossary');
    const labels = await page.locator('qx-cite a').evaluateAll((links) =>
      links.map((a) => [(a.parentElement as HTMLElement).dataset.qxCitation ?? '', a.getAttribute('title')]),
    );
    expect(labels).toHaveLength(citations.citations.length);
    for (const [id, title] of labels) {
      const citation = citations.citations.find((candidate) => candidate.id === id)!;
      const source = citations.sources[citation.source as keyof typeof citations.sources];
      expect(title, id ?? '').toBe(`${source.title}: ${toTaiwan(citation.summary.zh)}`);
    }
    await page.close();
  });
});

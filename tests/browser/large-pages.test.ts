/**
 * Huge and odd pages: a 10 MB text node after the article, 100,000 elements, 10,000 levels of
 * nesting. No crash, no task of the extension's over 50 ms (from a Chromium trace), and a page too
 * large to annotate is left alone with a clear word in the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

const qbitai = readFileSync(join(SITES_DIR, 'www.qbitai.com/2024/03/transformer-authors.html'), 'utf8');
const filler = '评论区的闲聊，与文章无关。'.repeat(1 + Math.ceil(10_000_000 / 13));

const PAGES: Record<string, string> = {
  // The article, then one 10 MB text node of comments.
  '/huge-text.html': qbitai.replace('</body>', `<section id="comments"><p>${filler}</p></section></body>`),
  // Not the article: 100,000 elements.
  '/many-elements.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>商品列表</title></head><body><ul>${'<li><span>商品</span></li>'.repeat(50_000)}</ul></body></html>`,
  // Not the article: 10,000 levels of nesting.
  '/deep.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>嵌套测试</title></head><body>${'<div>'.repeat(10_000)}沙哥和凯哥${'</div>'.repeat(10_000)}</body></html>`,
};

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [path, html] of Object.entries(PAGES)) server.pages.set(`www.qbitai.com${path}`, html);
  browser = await launchWithExtension(server.port);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page under a trace; returns the page and the longest task spent in the extension's scripts. */
async function loadTraced(path: string): Promise<{ page: Page; longestMs: number; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('the page crashed'));
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(`http://www.qbitai.com:${server.port}${path}`, { timeout: 60_000 });
  await page.waitForTimeout(2500);
  await cdp.send('Tracing.end');
  await done;
  const ours = `chrome-extension://${browser.extensionId}/`;
  const longestMs = Math.max(
    0,
    ...events
      .filter((event) => event.ph === 'X' && (event.name === 'EvaluateScript' || event.name === 'FunctionCall') && event.args?.data?.url?.startsWith(ours))
      .map((event) => (event.dur ?? 0) / 1000),
  );
  return { page, longestMs, errors };
}

describe('large pages', () => {
  it('gives up cleanly on the article followed by a 10 MB text node, and says why', async () => {
    const { page, longestMs, errors } = await loadTraced('/huge-text.html');
    console.log(`10 MB text node: the extension's longest task ${longestMs.toFixed(1)} ms`);
    expect(errors).toEqual([]);
    expect(longestMs).toBeLessThan(50);
    expect(await page.locator('qx-mention, qx-overlay').count()).toBe(0);
    // The popup, asked about this tab, explains.
    const tabId = await browser.tabIdOf(page);
    const info = await browser.inBackground(async (id: number) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return api.tabs.sendMessage(id, { type: 'qx:article-info' });
    }, tabId);
    expect(info).toMatchObject({ kind: 'qbitai', mentionCount: 0, tooLarge: { limits: { characters: 600_000 } } });
    await page.close();
  });

  it.each(['/many-elements.html', '/deep.html'])('leaves %s alone without a long task', async (path) => {
    const { page, longestMs, errors } = await loadTraced(path);
    console.log(`${path}: the extension's longest task ${longestMs.toFixed(1)} ms`);
    expect(errors).toEqual([]);
    expect(longestMs).toBeLessThan(50);
    expect(await page.locator('qx-mention, qx-overlay').count()).toBe(0);
    await page.close();
  });
});

/**
 * Pages whose scripts change the DOM: an app shell that fetches the article after load, client-side
 * navigation, and a framework that re-renders, rewrites and removes marked paragraphs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { SITES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { waitForDecision } from '../support/decisions';
import { CARD, generation, mentionWithText, waitForAnnotations, waitForGeneration } from '../support/pages';

const qbitai = readFileSync(join(SITES_DIR, 'www.qbitai.com/2024/03/transformer-authors.html'), 'utf8');
const articleHtml = /<article\b[\s\S]*<\/article>/.exec(qbitai)![0];
const unrelatedHtml = /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(SITES_DIR, 'www.sohu.com/a/unrelated-shage.html'), 'utf8'))![1]!;

/** A Chinese news app: its shell loads first; the story arrives by fetch; links navigate with pushState. */
const APP_SHELL = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>科技快讯 · 阅读</title></head>
<body><nav><a id="to-other" href="/app/other">另一篇</a> <a id="to-story" href="/app/story">回到文章</a></nav>
<main id="app"><p>加载中…</p></main>
<script>
  const app = document.getElementById('app');
  async function show(path) {
    const html = await (await fetch(path === '/app/other' ? '/fragments/other.html' : '/fragments/story.html')).text();
    app.innerHTML = html;
  }
  for (const link of document.querySelectorAll('nav a')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState({}, '', link.getAttribute('href'));
      show(link.getAttribute('href'));
    });
  }
  setTimeout(() => show(location.pathname), 400);
</script></body></html>`;

/** The app's list of its other stories, beside the story it shows. */
const OTHER_STORIES = `<aside><h2>更多快讯</h2><ol>${Array.from({ length: 120 }, (_, i) => `<li><a href="/app/n${i}">第${i + 1}期：本周手机、芯片与电动车新闻回顾</a></li>`).join('')}</ol></aside>`;

/**
 * The same app rendered on the server at another story, with its list of stories: the page is full
 * of other Chinese text from the start (more than an app shell still loading has), so nothing
 * watches it; navigating to the article changes its address, then its content and title, as
 * single-page apps do.
 */
const SERVER_RENDERED_APP = APP_SHELL.replace('<p>加载中…</p>', unrelatedHtml)
  .replace('</main>', `</main>${OTHER_STORIES}`)
  .replace("setTimeout(() => show(location.pathname), 400);", '')
  .replace('app.innerHTML = html;', "app.innerHTML = html; document.title = path === '/app/other' ? '另一篇 · 科技快讯' : '八位作者的故事 · 科技快讯';");

/** The qbitai.com article with a stand-in for a framework: functions that re-render its paragraphs. */
const FRAMEWORK_PAGE = qbitai.replace(
  '</body>',
  `<script>
    const paragraph = (text) => [...document.querySelectorAll('article p')].find((p) => p.textContent.includes(text));
    window.framework = {
      // Replace a paragraph's children, as a virtual-DOM diff that recreates them would.
      rerender(text, html) { const p = paragraph(text); p.replaceChildren(...new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild.childNodes); return p; },
      // Update the data of the text node the framework created, as React does for a changed string.
      rewrite(text, next) { const p = paragraph(text); p.firstChild.data = next; return p; },
      remove(text) { paragraph(text).remove(); },
      append(html) { const p = document.createElement('p'); p.innerHTML = html; document.querySelector('article .article, article').append(p); return p; },
    };
  </script></body>`,
);

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const path of ['/app/story', '/app/other', '/app.html']) server.pages.set(`www.kjkx.example${path}`, APP_SHELL);
  server.pages.set('www.kjkx.example/fragments/story.html', articleHtml);
  server.pages.set('www.kjkx.example/fragments/other.html', unrelatedHtml);
  server.pages.set('www.kjkx.example/ssr/app/other', SERVER_RENDERED_APP);
  server.pages.set('www.qbitai.com/framework.html', FRAMEWORK_PAGE);
  browser = await launchWithExtension(server.port);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Runs a change in the page and says whether `text` was marked in it before the page's next
 * microtask, that is in the same task as the change (the re-render watcher's delivery was queued by
 * the change, before that microtask), and how long the change and its marking took.
 */
function markedInTheSameTask(page: Page, change: string, text: string): Promise<{ sameTask: boolean; ms: number }> {
  return page.evaluate(
    async ([code, wanted]) => {
      const start = performance.now();
      const p = new Function(`return ${code}`)() as HTMLElement;
      await Promise.resolve();
      const ms = performance.now() - start;
      return { sameTask: [...p.querySelectorAll('qx-mention')].some((mention) => mention.textContent === wanted), ms };
    },
    [change, text] as const,
  );
}

/** Annotator runs that have started in a page or frame (each begins by timing its detection). */
function annotatorRuns(frame: Page | Frame): Promise<number> {
  return frame.evaluate(() => performance.getEntriesByName('qx:detect').length);
}

describe('an article page whose images are slow', () => {
  it('is marked while its images are still loading, since its title names the article', async () => {
    server.pages.set('www.qbitai.com/slow-images.html', qbitai.replace('</article>', '<img src="/slow.png" alt=""></article>'));
    const page = await browser.context.newPage();
    let releaseImage = () => {};
    await page.route('**/slow.png', async (route) => {
      await new Promise<void>((resolve) => (releaseImage = resolve));
      await route.fulfill({ status: 204 });
    });
    await page.goto(`http://www.qbitai.com:${server.port}/slow-images.html`, { waitUntil: 'domcontentloaded' });
    await waitForAnnotations(page);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    releaseImage();
    await page.close();
  });
});

describe('a page full of other Chinese text that navigates to the article', () => {
  it('marks the article after the client-side navigation', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`http://www.kjkx.example:${server.port}/ssr/app/other`);
    // Looked at, and found not to be the article (nor watched for it, being full of text already).
    expect(await waitForDecision(browser, page)).toBe('not-article');
    expect(await page.locator('qx-mention').count()).toBe(0);
    expect(await annotatorRuns(page)).toBe(0);
    await page.locator('#to-story').click();
    await waitForAnnotations(page);
    await (await mentionWithText(page, '囧哥')).hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Llion Jones');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an app shell that fetches the article after load', () => {
  it('marks the article once it arrives, and follows client-side navigation away and back', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`http://www.kjkx.example:${server.port}/app/story`);
    await waitForAnnotations(page);
    await (await mentionWithText(page, '沙哥')).hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Noam Shazeer');

    await page.locator('#to-other').click();
    await expect.poll(() => page.locator('#app').textContent()).toContain('老黄');
    await expect.poll(() => page.locator('qx-mention').count()).toBe(0);
    expect(await page.locator('qx-overlay').count()).toBe(0);

    await page.locator('#to-story').click();
    await waitForAnnotations(page);
    expect(await page.locator('#app qx-mention').count()).toBeGreaterThan(50);
    // Marked once: no mark inside a mark, one card host.
    expect(await page.locator('qx-mention qx-mention').count()).toBe(0);
    expect(await page.locator('qx-overlay').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('frames', () => {
  it('marks the article in a same-origin frame, and leaves a cross-origin frame alone', async () => {
    server.pages.set(
      'www.xlszx.com/embed.html',
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>转载合集</title></head><body><h1>转载合集</h1>' +
        '<iframe id="same" src="/2024/03/25/transformer.html" width="900" height="600"></iframe>' +
        `<iframe id="other" src="http://www.qbitai.com:${server.port}/2024/03/transformer-authors.html" width="900" height="600"></iframe></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(`http://www.xlszx.com:${server.port}/embed.html`);
    const frame = async (selector: string) => (await (await page.locator(selector).elementHandle())!.contentFrame())!;
    const same = await frame('#same');
    // The detector has run in every frame (one injection), and one of them holds the article.
    expect(await waitForDecision(browser, page)).toBe('article');
    await waitForAnnotations(same);
    await same.locator('qx-mention', { hasText: /^囧哥$/ }).first().hover();
    await expect.poll(() => same.locator('qx-overlay .card h2').textContent()).toBe('Llion Jones');
    // The same-origin frame's yes has been followed all the way to a finished marking. A yes in the
    // other frame would have started an annotator there just as soon, and an annotator's first step
    // is timed: there is none.
    expect(await annotatorRuns(same)).toBe(1);
    const other = await frame('#other');
    expect(await annotatorRuns(other)).toBe(0);
    expect(await other.locator('qx-mention').count()).toBe(0);
    expect(await annotatorRuns(page)).toBe(0); // the page around the frames is not the article
    expect(await page.locator('qx-mention').count()).toBe(0);
    await page.close();
  });
});

describe('a framework re-rendering the article', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
    await page.goto(`http://www.qbitai.com:${server.port}/framework.html`);
    await waitForAnnotations(page);
  });
  afterAll(() => page.close());

  it('marks a re-rendered paragraph in the same task, within 100 ms, once', async () => {
    const before = await generation(page);
    const { sameTask, ms } = await markedInTheSameTask(page, `framework.rerender('据沙哥回忆', '据<b>沙哥</b>回忆，他当时经过凯哥的工位')`, '凯哥');
    console.log(`re-rendered paragraph marked after ${ms.toFixed(1)} ms`);
    expect(sameTask).toBe(true);
    expect(ms).toBeLessThan(100);
    // Handled once; then the marks, which a second handling would have doubled.
    expect(await waitForGeneration(page, before)).toBe(before + 1);
    const paragraph = page.locator('article p', { hasText: '他当时经过凯哥的工位' });
    expect(await paragraph.locator('qx-mention').allTextContents()).toEqual(['沙哥', '凯哥']);
    expect(await paragraph.textContent()).toBe('据沙哥回忆，他当时经过凯哥的工位');
  });

  it('lets the page rewrite a marked text node without showing anything twice', async () => {
    const before = await generation(page);
    const { sameTask, ms } = await markedInTheSameTask(page, `framework.rewrite('第七位', '第七位是凯哥，他邀请了割麦子参与实习。')`, '割麦子');
    expect(sameTask).toBe(true);
    expect(ms).toBeLessThan(100);
    expect(await waitForGeneration(page, before)).toBe(before + 1);
    const paragraph = page.locator('article p', { hasText: '第七位是凯哥' });
    expect(await paragraph.textContent()).toBe('第七位是凯哥，他邀请了割麦子参与实习。');
    expect(await paragraph.locator('qx-mention').allTextContents()).toEqual(['凯哥', '割麦子']);
  });

  it('marks a paragraph the page appends, and survives the page removing marked ones', async () => {
    const { sameTask, ms } = await markedInTheSameTask(page, `framework.append('后记：囧哥也来了。')`, '囧哥');
    expect(sameTask).toBe(true);
    expect(ms).toBeLessThan(100);
    const before = await generation(page);
    await page.evaluate(() => (window as unknown as { framework: { remove(text: string): void } }).framework.remove('第五位'));
    await waitForGeneration(page, before);
    expect(await page.locator('article').textContent()).not.toContain('第五位');
    await (await mentionWithText(page, '囧哥')).hover();
    await expect.poll(() => page.locator(CARD).locator('h2').textContent()).toBe('Llion Jones');
    expect(errors).toEqual([]);
  });
});

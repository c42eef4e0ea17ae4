/**
 * Copies of the article a page keeps but does not show: a reader app's saved document in a hidden
 * element, a template, a data script before the rendered article. Marks go on the copy the reader
 * sees, and nothing else on the page changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES_DIR } from '../support/fixture-server';
import { waitForAnnotations } from '../support/pages';
import { useTestbed } from '../support/testbed';

const testbed = useTestbed();
const QBITAI = readFileSync(join(SITES_DIR, 'www.qbitai.com/2024/03/transformer-authors.html'), 'utf8');
/** The article's body as qbitai.com serves it, to hide copies of. */
const BODY = /<div class="article">([\s\S]*?)<\/div>\s*<div class="tags">/.exec(QBITAI)![1]!;
const HIDDEN_COPIES =
  // Hidden by the site's style sheet, as apps do: Readability, reading a copy, cannot know.
  `<style>.offscreen-store{display:none}</style><div id="saved-copy" class="offscreen-store">${BODY}</div>` +
  `<template id="template-copy">${BODY}</template>` +
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { html: BODY } }).replace(/</g, '\\u003c')}</script>`;

describe('a page that keeps hidden copies of the article before the one it shows', () => {
  it('marks the copy the reader sees, and leaves the hidden copies exactly as served', async () => {
    expect(BODY.length).toBeGreaterThan(5_000);
    testbed.server.pages.set('www.reader-app.example/s/1', QBITAI.replace(/<body([^>]*)>/, `<body$1>${HIDDEN_COPIES}`));
    const page = await testbed.browser.context.newPage();
    await page.goto(`http://www.reader-app.example:${testbed.server.port}/s/1`);
    const served = await page.evaluate(() => ({
      saved: document.getElementById('saved-copy')!.innerHTML,
      template: document.getElementById('template-copy')!.innerHTML,
      data: document.getElementById('__NEXT_DATA__')!.textContent,
    }));
    await waitForAnnotations(page);
    const seen = await page.evaluate(() => ({
      saved: document.getElementById('saved-copy')!.innerHTML,
      template: document.getElementById('template-copy')!.innerHTML,
      data: document.getElementById('__NEXT_DATA__')!.textContent,
      inArticle: document.querySelectorAll('div.article qx-mention').length,
      elsewhere: [...document.querySelectorAll('qx-mention')].filter((mention) => !mention.closest('div.article')).length,
    }));
    expect(seen.inArticle).toBeGreaterThan(50);
    expect(seen.elsewhere).toBe(0);
    expect({ saved: seen.saved, template: seen.template, data: seen.data }).toEqual(served);
    await page.close();
  });
});

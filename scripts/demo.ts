/**
 * `npm start`: builds the extension, serves the bundled copies of the article under their real host
 * names, and opens Chromium with the extension loaded. With no display (or --headless) it saves
 * screenshots of the annotated article, an open card, the gloss mode and the Wired story instead.
 * --readme also refreshes docs/screenshot.png and docs/screenshots/; --store writes the store
 * screenshots and promo tile (scripts/store-assets.ts). Both run headless.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/support/chromium';
import { CARD, waitForAnnotations } from '../tests/support/pages';
import { bringMention, choose, openCard, openReader, prepareBuild, root, startDemoServer } from './demo-kit';
import { makeStoreAssets } from './store-assets';

const args = new Set(process.argv.slice(2));
// The pictures for the README and the stores are always taken headless, at a known size.
const headless = args.has('--headless') || args.has('--readme') || args.has('--store') || !process.env.DISPLAY;

prepareBuild(!args.has('--no-build'));
const { server, pages } = await startDemoServer();
const browser = await launchWithExtension(server.port, { headless });

if (!headless) {
  for (const url of Object.values(pages)) await (await browser.context.newPage()).goto(url);
  console.log('Chromium is open with the extension and the demo pages:');
  for (const [name, url] of Object.entries(pages)) console.log(`  ${name}: ${url}`);
  console.log('Close the browser window or press Ctrl+C to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  const outDir = `${root}demo-screenshots`;
  mkdirSync(outDir, { recursive: true });
  const saved: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = `${outDir}/${name}.png`;
    await page.screenshot({ path });
    saved.push(path);
  };

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(pages.wechat);
  await waitForAnnotations(page);
  // Leave room below the mention, so the screenshot shows the whole card.
  await bringMention(page, '沙哥', 0.2);
  await page.mouse.move(5, 5);
  await shot(page, '1-annotated-article');

  await openCard(page, '沙哥');
  await shot(page, '2-card-open');

  await page.mouse.move(5, 5);
  await page.locator(CARD).waitFor({ state: 'detached' });
  await choose(browser, page, { glosses: true });
  await bringMention(page, '凯哥', 0.5);
  await shot(page, '3-gloss-mode');

  const wired = await browser.context.newPage();
  await wired.setViewportSize({ width: 1100, height: 760 });
  await wired.goto(pages.wired);
  await waitForAnnotations(wired);
  await openCard(wired, 'Gomez');
  await shot(wired, '4-wired-card');
  await wired.close();

  // Glosses off again; organisations, works and terms on, for their cards.
  await choose(browser, page, { glosses: false, categories: ['organisation', 'work', 'term'] });
  await openCard(page, '英伟达', { fromTop: 0.15 });
  await shot(page, '5-organisation-card');
  // The slips are among a card's details: Show more opens them.
  await openCard(page, 'SNLI数据集', { fromTop: 0.07, expand: true });
  await shot(page, '6-term-card-with-slip');
  await openCard(page, 'Aidan Gomaz', { fromTop: 0.07, expand: true });
  await shot(page, '7-person-card-with-slip');
  await page.mouse.move(2, 2);

  for (const scheme of ['light', 'dark'] as const) {
    const reader = await openReader(browser, page);
    await reader.emulateMedia({ colorScheme: scheme });
    await openCard(reader, '囧哥', { fromTop: 0.25 });
    await shot(reader, `8-reader-view-${scheme}`);
    await reader.close();
  }

  if (args.has('--readme')) {
    // The README's picture, and the gallery it links to.
    mkdirSync(`${root}docs/screenshots`, { recursive: true });
    copyFileSync(`${outDir}/2-card-open.png`, `${root}docs/screenshot.png`);
    saved.push(`${root}docs/screenshot.png`);
    for (const path of saved.filter((file) => file.startsWith(outDir))) {
      const copy = `${root}docs/screenshots/${path.slice(outDir.length + 1)}`;
      copyFileSync(path, copy);
      saved.push(copy);
    }
  }
  if (args.has('--store')) saved.push(...(await makeStoreAssets(browser, server.port, pages)));
  console.log('The demo ran headless. Screenshots:');
  for (const path of saved) console.log(`  ${path}`);
  await browser.close();
  await server.close();
}

/**
 * `npm start`: builds the extension, serves the bundled copies of the article under their real host
 * names, and opens Chromium with the extension loaded. With no display (or --headless) it saves
 * screenshots of the annotated article, an open card, the gloss mode and the Wired story instead.
 * --readme also refreshes docs/screenshot.png.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tests/support/chromium';
import { startFixtureServer } from '../tests/support/fixture-server';
import { CARD, mentionWithText, waitForAnnotations } from '../tests/support/pages';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  execSync('node scripts/check-browser.mjs', { cwd: root, stdio: 'inherit' });
}
if (!args.has('--no-build')) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const server = await startFixtureServer();
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;
const pages = {
  wechat: at('mp.weixin.qq.com', '/s/qbitai-transformer-authors/'),
  repost: at('www.xlszx.com', '/2024/03/25/transformer.html'),
  traditional: at('www.twtechnews.com.tw', '/news/20240326/transformer-authors.html'),
  wired: at('www.wired.com', '/story/eight-google-employees-invented-modern-ai-transformers-paper/'),
};
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
  const shot = async (page: import('playwright-core').Page, name: string) => {
    const path = `${outDir}/${name}.png`;
    await page.screenshot({ path });
    saved.push(path);
  };

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(pages.wechat);
  await waitForAnnotations(page);
  const shaGe = await mentionWithText(page, '沙哥');
  // Leave room below the mention, so the screenshot shows the whole card.
  await shaGe.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.2));
  await page.mouse.move(5, 5);
  await shot(page, '1-annotated-article');

  await shaGe.hover();
  await page.locator(CARD).waitFor();
  await page.waitForTimeout(200);
  await shot(page, '2-card-open');

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('input[name=glosses]').check();
  await popup.close();
  await page.bringToFront();
  await page.mouse.move(5, 5);
  await page.locator('qx-gloss').first().waitFor();
  await page.locator(CARD).waitFor({ state: 'detached' });
  await (await mentionWithText(page, '凯哥')).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await shot(page, '3-gloss-mode');

  const wired = await browser.context.newPage();
  await wired.setViewportSize({ width: 1100, height: 760 });
  await wired.goto(pages.wired);
  await waitForAnnotations(wired);
  const gomez = await mentionWithText(wired, 'Gomez');
  await gomez.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.2));
  await gomez.hover();
  await wired.locator(CARD).waitFor();
  await shot(wired, '4-wired-card');
  await wired.close();

  // Glosses off again; organisations, works and terms on, for their cards.
  const settings = await browser.context.newPage();
  await settings.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await settings.locator('input[name=glosses]').uncheck();
  for (const category of ['organisation', 'work', 'term']) await settings.locator(`input[name=category-${category}]`).check();
  await settings.close();
  await page.bringToFront();
  await page.locator('qx-mention[data-qx-category="organisation"]').first().waitFor();
  const showCard = async (text: string, name: string) => {
    await page.mouse.move(2, 2);
    await page.locator(CARD).waitFor({ state: 'detached' });
    const mention = await mentionWithText(page, text);
    await mention.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.15));
    await mention.hover();
    await page.locator(CARD).waitFor();
    await page.waitForTimeout(200);
    await shot(page, name);
  };
  await showCard('英伟达', '5-organisation-card');
  await showCard('SNLI数据集', '6-term-card-with-slip');
  await showCard('Aidan Gomaz', '7-person-card-with-slip');

  for (const scheme of ['light', 'dark'] as const) {
    const reader = await browser.context.newPage();
    await reader.emulateMedia({ colorScheme: scheme });
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tab=${await browser.tabIdOf(page)}`);
    await reader.locator('article qx-mention').first().waitFor();
    const mention = await mentionWithText(reader, '囧哥');
    await mention.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.25));
    await mention.hover();
    await reader.locator(CARD).waitFor();
    await reader.waitForTimeout(200);
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
  console.log('No display, so the demo ran headless. Screenshots:');
  for (const path of saved) console.log(`  ${path}`);
  await browser.close();
  await server.close();
}

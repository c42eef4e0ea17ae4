/**
 * Browsers besides tests/support/chromium.ts's: the same Chromium, flags and window, with no
 * extension (Playwright passes --disable-extensions by default) or with a given unpacked one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../../tests/support/chromium';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlain(port: number, executablePath: string, extensionDir?: string): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'qx-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: 'en-US',
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(port, { extensionDir }),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's product and version, as it reports itself over CDP. */
export async function browserVersion(context: BrowserContext): Promise<string> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    await cdp.detach();
    return product;
  } finally {
    await page.close();
  }
}

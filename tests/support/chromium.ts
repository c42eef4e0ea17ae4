/** Debian's Chromium with the built extension loaded, every host name resolved to the fixture server. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { setTimeout as pollPause } from 'node:timers/promises';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's flags for tests here: every host name to the fixture server, and nothing that would
 * reach for the network on its own (this machine has none). With extensionDir, that extension only.
 */
export function chromiumArgs(port: number, options: { extensionDir?: string; locale?: string } = {}): string[] {
  const { extensionDir, locale = 'en-US' } = options;
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    `--lang=${locale}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The fixture server's https is self-signed (tests/support/tls): nothing else is ever reached.
    '--ignore-certificate-errors',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Runs a function in the extension's background service worker (the extension APIs are there). */
  inBackground<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  port: number,
  options: { locale?: string; colorScheme?: 'light' | 'dark'; headless?: boolean; hasTouch?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'qx-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
    args: chromiumArgs(port, { extensionDir, locale: options.locale }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const inBackground = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
    (context.serviceWorkers()[0] ?? worker).evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>;
  // The worker exists before its script has run: wait until it listens for loaded tabs, or a page
  // opened at once could finish loading unseen (a reader's browser has long been listening).
  const listening = () => inBackground(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.tabs.onUpdated.hasListeners(), 0);
  // A poll for a fact, with room for a busy machine; the pause only spaces the questions.
  for (const deadline = Date.now() + 30_000; !(await listening()); await pollPause(50)) {
    if (Date.now() > deadline) throw new Error('the extension never started listening for loaded tabs');
  }
  return {
    context,
    extensionId: new URL(worker.url()).host,
    inBackground,
    async tabIdOf(page) {
      const url = page.url();
      const ids = await inBackground(async (wanted: string) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id);
      }, url);
      if (ids.length === 0) throw new Error(`no tab shows ${url}`);
      // Two tabs showing one URL cannot be told apart: a test that opens both must give each its own.
      if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}: which one is meant is not known`);
      return ids[0]!;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

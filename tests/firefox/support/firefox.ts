/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built Firefox (MV2)
 * extension installed as a temporary add-on and every fixture host name resolved to loopback.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { SITES_DIR } from '../../support/fixture-server';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { startedForTheFile } from '../../support/lifecycle';
import { setTimeout as pollPause } from 'node:timers/promises';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR =
  process.env.FIREFOX_EXTENSION_DIR ?? fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
/** Pinned, so the extension's pages live at a known moz-extension://UUID/ origin. */
export const EXTENSION_UUID = 'a4c1e8f2-3b6d-4e5a-9c7b-0d1f2e3a4b5c';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://UUID/<path> */
  extensionUrl(path: string): string;
  /** A new tab at `url`; waits for the load unless it is an extension page (those never report one). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** The gecko id the Firefox build declares (wxt.config.ts, browser_specific_settings). */
function geckoId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const id = geckoId();
  // Every host the fixtures have a folder for resolves to loopback; the URL carries the server's port.
  const hosts = readdirSync(SITES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async open(url) {
      const page = await browser.newPage();
      if (url.startsWith('moz-extension:')) {
        // goto never reports finishing for moz-extension:// pages: start it and let callers poll the DOM.
        void page.goto(url).catch(() => undefined);
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
      return page;
    },
    close: () => browser.close(),
  };
}

/** Polls `fn` until it returns something `accept`s, or throws after `timeout` ms with the last value. */
export async function waitUntil<T>(
  fn: () => Promise<T> | T,
  accept: (value: T) => boolean,
  { timeout = 10_000, interval = 100, what = 'condition' }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await fn();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}` +
          (lastError ? `; last error: ${String(lastError)}` : ''),
      );
    }
    await pollPause(interval); // spaces the questions; the answer is what is waited for
  }
}

export async function waitForAnnotations(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('qx-mention', { timeout });
}

/** The first mention whose text is exactly `text` (a split mention's text spans its pieces): its first piece. */
export async function mentionWithText(page: Page, text: string): Promise<ElementHandle<Element>> {
  const id = await page.evaluate((wanted) => {
    const groups = new Map<string, string>();
    for (const piece of document.querySelectorAll<HTMLElement>('qx-mention')) {
      const mention = piece.dataset.qxMention!;
      groups.set(mention, (groups.get(mention) ?? '') + piece.textContent);
    }
    for (const [mention, joined] of groups) if (joined === wanted) return mention;
    return null;
  }, text);
  if (id === null) throw new Error(`no mention reads "${text}"`);
  const handle = await page.$(`qx-mention[data-qx-mention="${id}"]`);
  if (!handle) throw new Error(`mention ${id} ("${text}") disappeared`);
  return handle;
}

/** The open card's heading (the person's full name) and label, or null while no card is shown. */
export async function cardHeading(page: Page): Promise<{ h2: string | null; label: string | null; role: string | null } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('qx-overlay')?.shadowRoot?.querySelector('.card');
    if (!card) return null;
    return {
      h2: card.querySelector('h2')?.textContent ?? null,
      label: card.getAttribute('aria-label'),
      role: card.getAttribute('role'),
    };
  });
}

/** A test file's fixture server and Firefox with the extension, started before its tests and stopped after. */
export function useFirefoxTestbed(): { readonly server: FixtureServer; readonly firefox: FirefoxWithExtension } {
  const started = startedForTheFile(
    async () => ({ server: await startFixtureServer(), firefox: await launchFirefoxWithExtension() }),
    async ({ server, firefox }) => {
      await firefox.close();
      await server.close();
    },
  );
  return {
    get server() {
      return started().server;
    },
    get firefox() {
      return started().firefox;
    },
  };
}

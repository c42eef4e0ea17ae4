/** A test file's fixture server and Chromium with the extension, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface Testbed {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
  /** `http://host:port/path` on the fixture server, under a real host name. */
  url(host: string, path: string): string;
}

export function useTestbed(options: Parameters<typeof launchWithExtension>[1] = {}): Testbed {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The testbed starts in beforeAll: use it inside tests and hooks.');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    url: (host, path) => `http://${host}:${started(server).port}${path}`,
  };
}

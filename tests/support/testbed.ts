/** A test file's fixture server and Chromium with the extension, started before its tests and stopped after. */
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startedForTheFile } from './lifecycle';

export interface Testbed {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

export function useTestbed(options: Parameters<typeof launchWithExtension>[1] = {}): Testbed {
  const started = startedForTheFile(
    async () => {
      const server = await startFixtureServer();
      return { server, browser: await launchWithExtension(server.port, options) };
    },
    async ({ server, browser }) => {
      await browser.close();
      await server.close();
    },
  );
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
  };
}

/**
 * Serves tests/fixtures/sites/<host>/<path> for any host name, so the browser (with its host
 * resolver pointed here) loads fixture pages under the real host names: mp.weixin.qq.com, www.wired.com …
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.aspx': 'text/html; charset=utf-8', // real pages keep their address: www.cna.com.tw/news/….aspx
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface FixtureServer {
  port: number;
  /** Extra pages (path → html) served for any host, for tests that build a page on the fly. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') {
        response.writeHead(204).end(); // browsers ask every host for one; the fixtures have none
        return;
      }
      const generated = pages.get(`${host}${path}`);
      if (generated !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html']! }).end(generated);
        return;
      }
      let file = normalize(join(SITES_DIR, host, path));
      if (!file.startsWith(SITES_DIR)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${path}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

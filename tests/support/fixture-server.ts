/**
 * Serves tests/fixtures/sites/<host>/<path> for any host name, so the browser (with its host
 * resolver pointed here) loads fixture pages under the real host names: mp.weixin.qq.com, www.wired.com …
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
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

/**
 * With `https`, the same port also speaks TLS, with a self-signed certificate (tests/support/tls,
 * made for this server only; the browser is told to accept it): real pages on hosts the browser
 * only visits over https (HSTS-preloaded ones, www.youtube.com, *.wikipedia.org …) load under
 * their real addresses too.
 */
export async function startFixtureServer({ https = false } = {}): Promise<FixtureServer> {
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
  const listener = https ? speakingTlsToo(server) : server;
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  return {
    port: (listener.address() as AddressInfo).port,
    pages,
    close: () =>
      new Promise((resolve) => {
        listener.close(() => resolve());
        // The connections handed to `server` are not its listener's: end them, or the port stays open.
        if (listener !== server) server.closeAllConnections();
      }),
  };
}

/** One port for both: a connection that opens with a TLS handshake goes through TLS to `server`, any other straight to it. */
function speakingTlsToo(server: Server): NetServer {
  const tls = createTlsServer(
    { key: readFileSync(new URL('tls/key.pem', import.meta.url)), cert: readFileSync(new URL('tls/cert.pem', import.meta.url)) },
    (secure) => server.emit('connection', secure),
  );
  const TLS_HANDSHAKE = 0x16;
  return createNetServer((socket) => {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? tls : server).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
}

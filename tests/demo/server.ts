import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SITE = resolve(here, 'site');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Hostile variants of the ticket page for the hardening tests (quality.md 24–26):
 * `/demo/tickets/<id>?fixture=<name>` serves site/hostile/<name>.html with the
 * response headers listed here (the demo adapter only reads the path).
 */
const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  'strict-csp': {
    'content-security-policy':
      "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types default",
  },
  'hostile-css': {},
  shortcuts: {},
};

export interface DemoServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the demo helpdesk on 127.0.0.1 (loopback only). Every /demo/tickets/*
 * path returns the single-page app, as a real helpdesk's router would.
 */
export function startDemoServer(port = 0, extraRoots: Record<string, string> = {}): Promise<DemoServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const fixture = url.searchParams.get('fixture') ?? '';
    const fixtureHeaders = Object.hasOwn(FIXTURE_HEADERS, fixture) ? FIXTURE_HEADERS[fixture] : undefined;
    let file: string | undefined;
    for (const [prefix, root] of Object.entries(extraRoots)) {
      if (path.startsWith(prefix)) file = join(root, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    }
    if (!file) {
      if (fixtureHeaders && path.startsWith('/demo/tickets/')) file = join(SITE, 'hostile', `${fixture}.html`);
      else if (path === '/' || path === '/demo' || path === '/demo/' || path.startsWith('/demo/tickets/'))
        file = join(SITE, 'index.html');
      else if (path.startsWith('/demo/'))
        file = join(SITE, normalize(path.slice('/demo/'.length)).replace(/^(\.\.[/\\])+/, ''));
    }
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(fixtureHeaders ?? {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        origin: `http://127.0.0.1:${actualPort}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

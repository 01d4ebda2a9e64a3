import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
const FIXTURES_ROOT = join(import.meta.dirname, '../fixtures/helpdesks');
const TLS_DIR = join(import.meta.dirname, '../fixtures/tls');

/** What the server answers for every page request until the next `show()`. */
export interface FixturePage {
  adapterId: string;
  fixture: string;
  /** The URL the navigation link pushes (same origin). */
  nextUrl?: string;
  /** Text of the current ticket replaced in the next ticket's DOM, so the customer says something else. */
  nextCustomerText?: { from: string[]; to: string };
}

export interface FixtureServer {
  port: number;
  show(page: FixturePage): void;
  close(): Promise<void>;
}

const NAV_SCRIPT = readFileSync(join(import.meta.dirname, 'fixture-nav.js'), 'utf8');

function bodyOf(html: string): string {
  const start = html.indexOf('>', html.indexOf('<body')) + 1;
  const end = html.lastIndexOf('</body>');
  if (start <= 0 || end < start) throw new Error('A fixture must be a full page with <body>…</body>.');
  return html.slice(start, end);
}

/**
 * The fixture, plus (added at response time, the fixture files stay untouched)
 * a link that simulates the helpdesk's in-app navigation, the next ticket's DOM
 * in an inert <template>, and a same-origin script that performs the swap.
 */
export function renderFixture(page: FixturePage): string {
  const html = readFileSync(join(FIXTURES_ROOT, page.adapterId, `${page.fixture}.html`), 'utf8');
  if (!page.nextUrl) return html;
  let next = bodyOf(html);
  if (page.nextCustomerText) {
    const { from, to } = page.nextCustomerText;
    // Each text run that starts with one of `from` goes, so no word of the old message stays behind.
    from.forEach((start, index) => {
      const run = new RegExp(`${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^<]*`);
      if (!run.test(next)) throw new Error(`${page.adapterId}/${page.fixture}: "${start}" is not in the fixture.`);
      next = next.replace(run, index === 0 ? to : '');
    });
  }
  const extras =
    `<a data-e2e-nav href="${page.nextUrl}" style="position:fixed;left:4px;bottom:4px;z-index:2147483000">Next ticket</a>` +
    `<template id="e2e-next">${next}</template>` +
    `<script src="/__e2e/nav.js"></script>`;
  const end = html.lastIndexOf('</body>');
  return html.slice(0, end) + extras + html.slice(end);
}

/** HTTPS on a random loopback port; Chromium maps the helpdesk host names here. */
export function startFixtureServer(): Promise<FixtureServer> {
  let current: FixturePage | undefined;
  const server: Server = createServer(
    { key: readFileSync(join(TLS_DIR, 'key.pem')), cert: readFileSync(join(TLS_DIR, 'cert.pem')) },
    (request, response) => {
      const path = new URL(request.url ?? '/', 'https://fixture.test').pathname;
      const headers = { 'cache-control': 'no-store' };
      if (path === '/__e2e/nav.js') {
        response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
        response.end(NAV_SCRIPT);
      } else if (path === '/favicon.ico' || !current) {
        response.writeHead(404, headers);
        response.end();
      } else {
        response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        response.end(renderFixture(current));
      }
    },
  );
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        show(page) {
          current = page;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Privacy proofs in real Chromium (quality.md 14, 18): a whole journey with the
 * browser's own network log recording every request from every context, and page
 * JavaScript hunting for sentinel values planted in the journal and the settings.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { patchPreferences } from '@/tests/e2e/preferences';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

const SENTINEL_WIN = 'SENTINEL-WIN-7f3a9c';
const SENTINEL_JARGON = 'sentinelJargon42';

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
}

describe('privacy: nothing leaves the browser, nothing leaks to the page', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  const netLogPath = join(mkdtempSync(join(tmpdir(), 'heartdesk-netlog-')), 'netlog.json');

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension({ args: [`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default'] });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('keeps the journal and settings out of reach of page scripts during a full journey', async () => {
    // Seed sentinels in the journal (through the popup, as a user would) and in the settings.
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('#win-text').fill(`${SENTINEL_WIN} a customer said thanks`);
    await popup.locator('#win-text').press('Enter');
    await expect.poll(() => popup.locator('[role="status"]').count()).toBe(1);
    await patchPreferences(browser, { customJargon: [SENTINEL_JARGON] });
    await popup.close();

    // The page listens for anything we might post or dispatch to it.
    // A page can learn a public extension id from its store listing and listen for its name.
    const extensionId = browser.extensionId;
    await page.addInitScript((id) => {
      const seen: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)), true);
      for (const type of ['heartdesk', 'wxt:content-script-started', `${id}:helpdesk:wxt:content-script-started`]) {
        document.addEventListener(
          type,
          (event) => seen.push(`${type}:${JSON.stringify((event as CustomEvent).detail)}`),
          true,
        );
      }
    }, extensionId);
    await page.goto(`${demo.origin}/demo/tickets/101`);
    const sidebar = await ShadowProbe.attach(page);
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 1,
    );
    await page.click('.hd-reply');
    await page.keyboard.type(`Unfortunately we can't refund it, it's our policy. Your ${SENTINEL_JARGON} is fine.`);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    await page.click('a[data-ticket-link="103"]');
    await sidebar.waitFor(
      () => sidebar.count('.hd-win button'),
      (n) => n === 1,
    );
    await sidebar.click('.hd-win button');
    await sidebar.waitFor(
      () => sidebar.count('.hd-saved'),
      (n) => n === 1,
    );

    const exposed = await page.evaluate(async (sentinel) => {
      const host = document.querySelector('heartdesk-sidebar');
      const attributes = [...document.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.value))
        .join(' ');
      return {
        shadowRootVisible: host ? host.shadowRoot !== null : 'no host',
        inDom: document.documentElement.outerHTML.includes(sentinel),
        inAttributes: attributes.includes(sentinel),
        localStorageKeys: Object.keys(localStorage),
        sessionStorageKeys: Object.keys(sessionStorage),
        databases: (await indexedDB.databases()).map((db) => db.name),
        heard: (window as unknown as { __heard: string[] }).__heard,
        globals: Object.keys(window).filter((key) => /heartdesk|wxt/i.test(key)),
      };
    }, SENTINEL_WIN);
    expect(exposed).toEqual({
      shadowRootVisible: false,
      inDom: false,
      inAttributes: false,
      localStorageKeys: [],
      sessionStorageKeys: [],
      databases: [],
      heard: [],
      globals: [],
    });
  });

  it('sends no network request from any extension context: only the local demo helpdesk is ever fetched', async () => {
    const extensionOrigin = browser.extensionUrl('').replace(/\/$/, '');
    await browser.close(); // flushes the network log
    const log = JSON.parse(readFileSync(netLogPath, 'utf8')) as NetLog;
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    // Every request the browser made, with the origin that caused it. Chromium's own
    // housekeeping (component updates, sign-in probes) reports "not an origin".
    const requests = log.events
      .filter((event) => event.type === startJob && event.params?.url)
      .map((event) => ({ url: event.params!.url!, initiator: event.params!.initiator ?? '' }));
    const fromExtensionOrPage = requests.filter(
      (request) => request.initiator === extensionOrigin || request.initiator === demo.origin,
    );
    const leaving = fromExtensionOrPage.filter(
      (request) => /^(https?|wss?):/.test(request.url) && !request.url.startsWith(demo.origin),
    );
    expect(fromExtensionOrPage.length).toBeGreaterThan(0);
    expect(leaving).toEqual([]);
  });
});

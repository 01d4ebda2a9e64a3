/**
 * Lifecycle faults in real Chromium (quality.md 21–23): injected twice, hundreds
 * of in-app navigations, the helpdesk re-rendering the sidebar's anchor.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

describe('lifecycle: always exactly one sidebar', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/tickets/101`);
    sidebar = await ShadowProbe.attach(page);
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 1,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('leaves one sidebar when the content script is injected a second time', async () => {
    const pageUrl = page.url();
    await browser.serviceWorker.evaluate(async (url) => {
      type Api = {
        tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
      if (!tab) throw new Error('demo tab not found');
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/helpdesk.js'] });
    }, pageUrl);
    await page.waitForTimeout(1_500);
    expect(await sidebar.hostCount()).toBe(1);
    expect(await sidebar.count('.hd-panel')).toBe(1);
    await page.click('.hd-reply');
    await page.keyboard.type("It's our policy.");
    // One sidebar reacts once: a leftover second copy would show the nudge twice.
    expect(
      await sidebar.waitFor(
        () => sidebar.count('.hd-nudge'),
        (n) => n >= 1,
      ),
    ).toBe(1);
    expect(await sidebar.hostCount()).toBe(1);
  });

  it('puts the sidebar back, once, when the helpdesk re-renders the element it sits in', async () => {
    await page.evaluate(() => document.querySelector('heartdesk-sidebar')?.remove());
    await sidebar.waitFor(
      () => sidebar.hostCount(),
      (n) => n === 1,
      3_000,
    );
    // The page replacing its whole body is the harsher version of the same thing.
    await page.evaluate(() => {
      const app = document.querySelector('.hd-app')!;
      document.body.replaceChildren(app);
    });
    await sidebar.waitFor(
      () => sidebar.hostCount(),
      (n) => n === 1,
      3_000,
    );
  });

  it('follows 200 in-app navigations and ends on the right ticket with one sidebar', async () => {
    const ids = ['101', '102', '103'];
    for (let i = 0; i < 200; i++) await page.click(`a[data-ticket-link="${ids[i % 3]}"]`);
    // The 200th click opened ticket 102 (index 199 % 3 = 1): the confused customer.
    await page.waitForURL(/\/demo\/tickets\/102$/);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 0,
    );
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="gratitude"]'),
      (n) => n === 0,
    );
    expect(await sidebar.hostCount()).toBe(1);
    expect(await sidebar.count('.hd-nudge')).toBe(0);
  });
});

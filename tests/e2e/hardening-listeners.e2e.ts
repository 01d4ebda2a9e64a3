/**
 * quality.md 22, the part lifecycle.e2e.ts does not measure: listeners must not
 * accumulate over many in-app navigations. DOMDebugger.getEventListeners reports
 * the listeners on an event target from every world, the extension's isolated
 * content-script world included. (MutationObservers are not visible through the
 * protocol; heap growth over navigations is a benchmark, quality.md 30.)
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openWithSidebar } from './hardening-support';

async function listenerCounts(cdp: CDPSession): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const expression of ['window', 'document', 'document.documentElement', 'document.body']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
      listeners: Array<{ type: string }>;
    };
    counts[expression] = listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return counts;
}

describe('hardening: listeners over many navigations (quality 22)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await openWithSidebar(page, `${demo.origin}/demo/tickets/101`);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('adds no event listeners to the page over 150 navigations', async () => {
    const cdp = await page.context().newCDPSession(page);
    // Warm up: one full round over the three tickets, so lazily added listeners exist.
    for (const id of ['102', '103', '101']) await page.click(`a[data-ticket-link="${id}"]`);
    await page.waitForTimeout(500);
    const before = await listenerCounts(cdp);
    expect(before.window).toBeGreaterThan(0);
    const ids = ['101', '102', '103'];
    for (let i = 0; i < 150; i++) await page.click(`a[data-ticket-link="${ids[i % 3]}"]`);
    // 150th click (index 149 % 3 = 2) opened ticket 103; let the watcher settle.
    await page.waitForURL(/\/demo\/tickets\/103$/);
    await page.waitForTimeout(1_500);
    expect(await listenerCounts(cdp)).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length)).toBe(1);
  });
});

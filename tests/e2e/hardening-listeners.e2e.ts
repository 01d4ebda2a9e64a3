/**
 * quality.md 22, the part lifecycle.e2e.ts does not measure: listeners must not
 * accumulate over many in-app navigations. DOMDebugger.getEventListeners only
 * reports the listeners of the world the object was resolved in, so each target
 * is resolved twice: in the page's main world and in the extension's isolated
 * content-script world. (MutationObservers are not visible through the protocol;
 * heap growth over navigations is a benchmark, quality.md 30.)
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { openWithSidebar } from '@/tests/e2e/hardening-support';

const TARGETS = [
  'window',
  'document',
  'document.documentElement',
  'document.body',
  'document.querySelector(".hd-reply")',
];

async function listenerCounts(cdp: CDPSession, extensionWorld: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [world, contextId] of [
    ['page', undefined],
    ['extension', extensionWorld],
  ] as const) {
    for (const expression of TARGETS) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId })) as {
        result: { objectId: string };
      };
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
        listeners: Array<{ type: string }>;
      };
      counts[`${world} ${expression}`] = listeners.length;
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    }
  }
  return counts;
}

describe('hardening: listeners over many navigations (quality 22)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let cdp: CDPSession;
  let extensionWorld: number | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    cdp = await page.context().newCDPSession(page);
    cdp.on(
      'Runtime.executionContextCreated',
      (event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
        const { id, origin, auxData } = event.context;
        if (auxData?.type === 'isolated' && origin.includes(browser.extensionId)) extensionWorld = id;
      },
    );
    await cdp.send('Runtime.enable');
    await openWithSidebar(page, `${demo.origin}/demo/tickets/101`);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('adds no event listeners to the page over 150 navigations', async () => {
    if (extensionWorld === undefined) throw new Error("The extension's content-script world was not seen");
    // Warm up: one full round over the three tickets, so lazily added listeners exist.
    for (const id of ['102', '103', '101']) await page.click(`a[data-ticket-link="${id}"]`);
    await page.waitForTimeout(500);
    const before = await listenerCounts(cdp, extensionWorld);
    // The probe sees the extension's own listeners (location watch, the reply's input).
    expect(before['extension window']).toBeGreaterThan(0);
    expect(before['extension document.querySelector(".hd-reply")']).toBeGreaterThan(0);
    const ids = ['101', '102', '103'];
    for (let i = 0; i < 150; i++) await page.click(`a[data-ticket-link="${ids[i % 3]}"]`);
    // 150th click (index 149 % 3 = 2) opened ticket 103; let the watcher settle.
    await page.waitForURL(/\/demo\/tickets\/103$/);
    await page.waitForTimeout(1_500);
    expect(await listenerCounts(cdp, extensionWorld)).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length)).toBe(1);
  });
});

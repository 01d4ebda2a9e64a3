/**
 * quality.md 15 in the sidebar: hostile ticket and draft text (markup with
 * handlers, javascript: links, RTL overrides, a 1 MB line) is shown as text,
 * never parsed into elements, and runs nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { openWithSidebar } from '@/tests/e2e/hardening-support';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

const IMG = '<img src=x onerror="window.__pwned=1">';
const LINK = '<a href="javascript:window.__pwned=2">open</a>';
const RTL = '\u202Eyenom ym kcab tnaw I\u202C';

async function addCustomerMessage(page: Page, text: string): Promise<void> {
  await page.evaluate((body) => {
    const item = document.createElement('li');
    item.className = 'hd-message';
    item.dataset.authorRole = 'customer';
    const div = document.createElement('div');
    div.className = 'hd-message-body';
    div.textContent = body;
    item.append(div);
    document.querySelector('ol.hd-thread')!.append(item);
  }, text);
}

describe('hardening: hostile text in the sidebar (quality 15)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    sidebar = await openWithSidebar(page, `${demo.origin}/demo/tickets/101`);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('hostile ticket and draft text shows as text in the sidebar, creates no element and runs nothing', async () => {
    const imagesBefore = await sidebar.count('img');
    await addCustomerMessage(page, `This is unacceptable!! ${IMG} ${LINK} ${RTL}`);
    await page.click('.hd-reply');
    // Inside the flagged sentence, so the card's copy of it carries the markup.
    await page.keyboard.type(`Unfortunately we can't ${IMG} ${LINK}, it's our policy.`);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    // Opened, the card's highlighted copy of the draft shows the markup literally (trimmed to a window with "…").
    await sidebar.click('.hd-nudge .hd-card-summary');
    expect(await sidebar.text('.hd-nudge')).toContain(IMG);
    expect(await sidebar.text('.hd-nudge')).toContain('<a href="jav');
    expect(await sidebar.count('img')).toBe(imagesBefore);
    expect(await sidebar.count('a[href^="javascript"], script, iframe, object, embed')).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('a 1 MB customer line and a 1 MB pasted draft keep the sidebar working', async () => {
    const started = Date.now();
    await addCustomerMessage(page, `${'x'.repeat(1_000_000)} this is unacceptable!!`);
    // Like a paste: the editor's DOM changes in one go.
    await page.evaluate(() => {
      document.querySelector('.hd-reply')!.textContent = `${'y'.repeat(1_000_000)} it's our policy.`;
    });
    await page.click('.hd-reply');
    await page.keyboard.press('End');
    await page.keyboard.type(" Unfortunately we can't.");
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
      20_000,
    );
    console.info(`[hardening] 1 MB customer line + 1 MB draft: nudges after ${Date.now() - started} ms`);
    expect(await sidebar.hostCount()).toBe(1);
  });
});

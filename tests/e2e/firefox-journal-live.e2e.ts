/**
 * The journal's live updates in Firefox ESR (MV2 demo build): a journal tab left open lists a
 * win saved from the sidebar on a demo ticket, and one logged in the popup, without a reload.
 * There the background is an event page, not a service worker, and the message travels on the
 * same BroadcastChannel (lib/db/journal-changes.ts) between two moz-extension:// documents.
 * Chromium: foundation.e2e.ts (a thank-you saved from the sidebar, with the journal already open).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { launchFirefoxWithDemo, openFirefoxExtensionPage } from '@/tests/e2e/firefox-pages';
import { inFirefoxSidebar } from '@/tests/e2e/firefox-shadow';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Pinning the internal UUID gives the extension pages a known moz-extension:// origin.
const UUID = '3b8e0d52-7c41-4f0a-9e6d-5a2f1c7b8d90';
const firefoxMissing = !existsSync(FIREFOX);
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`);

/** Where the sidebar's button is on the page, or null while it is not there. */
const SAVE_BUTTON_AT = `(root) => {
  const button = root.querySelector('.hd-win button.hd-primary');
  if (!button) return null;
  const box = button.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}`;

describe.skipIf(firefoxMissing)('a journal tab already open follows new wins in Firefox ESR', () => {
  let demo: DemoServer;
  let browser: Browser;
  let journal: Page;
  const listedWins = () => journal.evaluate(() => document.querySelectorAll('.journal-win').length);

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchFirefoxWithDemo(FIREFOX, UUID);
    journal = await openFirefoxExtensionPage(browser, `moz-extension://${UUID}/journal.html`, 'main');
    await journal.waitForFunction(() => document.body.innerText.includes('No wins yet'), { timeout: 10_000 });
    // A mark on the open document: a reload (or a new page) would lose it.
    await journal.evaluate(() => Object.assign(window, { heartdeskOpenBefore: true }));
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('lists a thank-you saved from the sidebar', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    // In front: Firefox holds a hidden tab's timers to a second or more (firefox-cards.e2e.ts).
    await page.bringToFront();
    await page.goto(`${demo.origin}/demo/tickets/103`);
    await page.waitForFunction(() => document.querySelectorAll('heartdesk-sidebar').length === 1, { timeout: 15_000 });
    let at: { x: number; y: number } | null = null;
    for (const deadline = Date.now() + 15_000; !at && Date.now() < deadline;)
      at = await inFirefoxSidebar<{ x: number; y: number } | null>(browser, page, SAVE_BUTTON_AT).catch(() => null);
    expect(at, 'the sidebar offers to save the thank-you').not.toBeNull();
    await page.mouse.click(at!.x, at!.y);

    await journal.waitForFunction(() => document.body.innerText.includes('That worked!'), { timeout: 15_000 });
    expect(await listedWins()).toBe(1);
    expect(await journal.evaluate(() => document.body.innerText)).not.toContain('your help! Mei');
    expect(await journal.evaluate(() => (window as { heartdeskOpenBefore?: boolean }).heartdeskOpenBefore)).toBe(true);
    await page.close();
  });

  it('lists a win logged in the popup', async () => {
    const popup = await openFirefoxExtensionPage(browser, `moz-extension://${UUID}/popup.html`, '#win-text');
    await popup.type('#win-text', 'Firefox live: calmed an upset customer');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[role="status"]');
    await journal.waitForFunction(() => document.body.innerText.includes('Firefox live'), { timeout: 15_000 });
    expect(await listedWins()).toBe(2);
    expect(await journal.evaluate(() => (window as { heartdeskOpenBefore?: boolean }).heartdeskOpenBefore)).toBe(true);
    await journal.bringToFront();
    // The wins sit below the add form: the screenshot shows them, not the form.
    await journal.evaluate(() => document.querySelector('.journal-win')?.scrollIntoView({ block: 'center' }));
    await journal.screenshot({ path: shot('firefox-journal-live') });
  });
});

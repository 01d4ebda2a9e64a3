import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { launchFirefoxWithDemo, openFirefoxExtensionPage } from '@/tests/e2e/firefox-pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Pinning the internal UUID gives the extension pages a known moz-extension:// origin.
const UUID = '6f1c2a8e-4b7d-4e55-9a0f-3c2d1e0b9a77';
const firefoxMissing = !existsSync(FIREFOX);

if (firefoxMissing) {
  console.log(
    `Firefox smoke test skipped: no Firefox at ${FIREFOX} (install with \`apt-get install -y firefox-esr\` or set FIREFOX_PATH).`,
  );
}

describe.skipIf(firefoxMissing)('Firefox ESR smoke test with the built extension', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;
  const extensionPage = (path: string) => `moz-extension://${UUID}/${path}`;
  const openExtensionPage = (path: string, readySelector: string) =>
    openFirefoxExtensionPage(browser, extensionPage(path), readySelector);

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchFirefoxWithDemo(FIREFOX, UUID);
    page = await browser.newPage();
    // Wide enough to dock (the helpdesk keeps 720 CSS px); puppeteer's default 800 px window gets the rail.
    await page.setViewport({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('mounts exactly one sidebar on a demo ticket and leaves typing in the reply intact', async () => {
    await page.goto(`${demo.origin}/demo/tickets/101`);
    await page.waitForFunction(() => document.querySelectorAll('heartdesk-sidebar').length === 1, { timeout: 15_000 });
    await page.click('.hd-reply');
    await page.keyboard.type('Hi Dana, I am on it.');
    const typed = await page.$eval('.hd-reply', (element) => (element as HTMLElement).innerText);
    expect(typed).toBe('Hi Dana, I am on it.');
    // Docked: the page was narrowed to make room instead of being covered.
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(margin).toBe('320px');
    await page.screenshot({ path: join(TEST_OUTPUT_DIR, 'screenshots', 'firefox-demo-ticket.png') });
  });

  it('logs a win from the popup page and lists it on the journal page', async () => {
    const popup = await openExtensionPage('popup.html', '#win-text');
    await popup.type('#win-text', 'Firefox smoke: calmed an upset customer');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[role="status"]');
    const journal = await openExtensionPage('journal.html', 'main');
    await journal.waitForFunction(() => document.body.innerText.includes('Firefox smoke'), { timeout: 10_000 });
    expect(await journal.evaluate(() => document.body.innerText)).toContain('calmed an upset customer');
  });
});

import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { REPO_ROOT } from '@/tests/e2e/browser';

export const FIREFOX_DEMO_EXTENSION_DIR = join(REPO_ROOT, '.output/firefox-mv2-demo');
const GECKO_ID = 'heartdesk@heartdesk.app';

/**
 * Firefox ESR with the demo build installed under a pinned internal UUID, which gives the
 * extension pages a known moz-extension:// origin (`moz-extension://<uuid>/journal.html`).
 */
export async function launchFirefoxWithDemo(executablePath: string, uuid: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(FIREFOX_DEMO_EXTENSION_DIR);
  return browser;
}

/**
 * Opens an extension page in Firefox. WebDriver BiDi never reports a finished navigation for
 * moz-extension:// pages in Firefox 153, so the navigation starts without waiting and the
 * page's own content is awaited instead; that wait can be cut short while the navigation
 * replaces the document, so it is tried again until the deadline.
 */
export async function openFirefoxExtensionPage(browser: Browser, url: string, readySelector: string): Promise<Page> {
  const tab = await browser.newPage();
  void tab.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await tab.waitForSelector(readySelector, { timeout: 3_000 });
      return tab;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Firefox ESR with the demo build, on one demo ticket whose sidebar is in place, at 1280 × 800
 * (wide enough to dock). The tab is brought to the front: Firefox holds a hidden tab's timers
 * to at least a second, which delays the coach's pauses (firefox-cards.e2e.ts).
 */
export async function firefoxOnDemoTicket(
  executablePath: string,
  extensionDir: string,
  url: string,
): Promise<{ firefox: Browser; page: Page }> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  await firefox.installExtension(extensionDir);
  const page = await firefox.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('heartdesk-sidebar').length === 1, { timeout: 15_000 });
  return { firefox, page };
}

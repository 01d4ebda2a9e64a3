import type { Browser, Page } from 'puppeteer-core';

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

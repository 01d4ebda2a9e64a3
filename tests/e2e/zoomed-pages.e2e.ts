import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';

/**
 * Zoomed to 200 % (WCAG 1.4.10, reflow): a 1280 × 800 window is 640 × 400 CSS px drawn at
 * device scale 2. The extension's own pages must fit that width, with no sideways scrolling.
 * Screenshots: test-output/screenshots/zoom-200-*.png.
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `zoom-200-${name}.png`);

/** How far the page reaches past the window's right edge, and the element reaching furthest. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = '';
    let furthest = width;
    for (const element of document.querySelectorAll('body *')) {
      const right = element.getBoundingClientRect().right;
      if (right > furthest) {
        furthest = right;
        widest = `${element.localName}.${element.className}`;
      }
    }
    return { by: document.documentElement.scrollWidth - width, widest };
  });
}

describe('extension pages at 200 % zoom', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['welcome', 'welcome.html', '.tour-stage'],
    ['journal', 'journal.html', '.journal-file'],
    ['options', 'options.html', 'h1'],
  ])('the %s page fits the width: nothing scrolls sideways', async (name, path, ready) => {
    await page.goto(browser.extensionUrl(path));
    await page.waitForSelector(ready, { state: 'attached' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot(name) });
    expect(await overflow(page)).toEqual({ by: 0, widest: '' });
  });
});

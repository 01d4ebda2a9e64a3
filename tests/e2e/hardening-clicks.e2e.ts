/**
 * Issue 19, must have 5, in Chromium: a click that writes counts only when the agent could
 * see the button. A page that draws a decoy over "Save this as a win" (with
 * `pointer-events: none`, so the real click passes through), or makes the sidebar
 * see-through or blurred, gets nothing saved and the sidebar says why. And a filter on
 * <html> or <body> leaves the docked panel where it belongs, beside the conversation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { countRows, openWithSidebar } from '@/tests/e2e/hardening-support';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

const SAVE = '.hd-win button.hd-primary';
const GRATEFUL_TICKET = '/demo/tickets/103';

/** A decoy painted over `box`: in <html> after the sidebar, in <body>, or in the top layer. */
async function addDecoy(page: Page, box: { x: number; y: number }, where: 'html' | 'body' | 'popover'): Promise<void> {
  await page.evaluate(
    ({ x, y, where }) => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Claim your prize';
      decoy.style.cssText = `position: fixed; left: ${x - 80}px; top: ${y - 20}px; width: 160px; height: 40px; margin: 0;
        z-index: 2147483647; pointer-events: none; background: gold; color: black; border: 0; padding: 0;`;
      if (where === 'popover') decoy.setAttribute('popover', 'manual');
      (where === 'body' ? document.body : document.documentElement).append(decoy);
      if (where === 'popover') decoy.showPopover();
    },
    { ...box, where },
  );
}

describe('hardening: clicks that mean it (issue 19)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let extensionPage: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(browser.extensionUrl('journal.html'));
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await browser.context.newPage();
    sidebar = await openWithSidebar(page, `${demo.origin}${GRATEFUL_TICKET}`);
    await sidebar.waitFor(
      () => sidebar.count(SAVE),
      (n) => n === 1,
    );
  });

  /** Clicks "Save this as a win" where the agent sees it; true when a win was written. */
  async function clickSave(): Promise<boolean> {
    const before = await countRows(extensionPage);
    const { x, y } = await sidebar.center(SAVE);
    await page.mouse.click(x, y);
    await page.waitForTimeout(700);
    return (await countRows(extensionPage)) > before;
  }

  it.each(['html', 'popover'] as const)(
    'drops the click when a decoy drawn over the button (%s) lets it pass through, and says why',
    async (where) => {
      await addDecoy(page, await sidebar.center(SAVE), where);
      expect(await clickSave()).toBe(false);
      expect(await sidebar.count('.hd-saved')).toBe(0);
      expect(await sidebar.text('.hd-page-hides')).toMatch(/covering Heartdesk/);
      // With the decoy gone, the same click saves.
      await page.evaluate(() => document.getElementById('decoy')?.remove());
      expect(await clickSave()).toBe(true);
    },
  );

  it('saves when the page’s own overlay sits under the sidebar (it paints below it)', async () => {
    await addDecoy(page, await sidebar.center(SAVE), 'body');
    expect(await clickSave()).toBe(true);
    expect(await sidebar.count('.hd-page-hides')).toBe(0);
  });

  it.each([
    ['html { opacity: 0.15 }'],
    ['html { filter: blur(3px) }'],
    ['html { filter: opacity(0) }'],
    ['html { transform: scale(0.5) }'],
  ])('drops the click when the page hides or alters the sidebar: %s', async (css) => {
    await page.addStyleTag({ content: css });
    expect(await clickSave()).toBe(false);
    expect(await sidebar.text('.hd-page-hides')).toMatch(/hiding or changing/);
  });

  it.each([['body { filter: grayscale(1) }'], ['html { filter: grayscale(1) }'], ['body { filter: blur(0) }']])(
    'keeps the docked panel beside the conversation with %s',
    async (css) => {
      const viewport = page.viewportSize()!;
      const before = await sidebar.box('.hd-panel');
      await page.addStyleTag({ content: css });
      await page.evaluate(() => window.scrollTo(0, 400));
      const after = await sidebar.box('.hd-panel');
      expect(after).toEqual(before);
      expect(after.right).toBe(viewport.width);
      expect(after.top).toBe(0);
      const thread = await page.locator('.hd-thread').boundingBox();
      expect(thread!.x + thread!.width).toBeLessThanOrEqual(after.left + 1);
    },
  );
});

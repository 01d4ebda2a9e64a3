/**
 * quality.md 25: CSS isolation both ways. The hostile fixture
 * (tests/demo/site/hostile/hostile.css) sets `html{font-size:10px}`, `*{all:unset}`,
 * `button{display:none !important}`, forced fonts/colours/line-heights and a fixed
 * max-z-index modal. The sidebar must compute exactly the same styles as on the
 * plain demo page; the host must compute the same styles with and without
 * Heartdesk. Screenshots go to test-output/screenshots/ for a human to compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import {
  findChromium,
  launchWithExtension,
  REPO_ROOT,
  TEST_OUTPUT_DIR,
  type ExtensionBrowser,
} from '@/tests/e2e/browser';
import { EXCUSE, openWithSidebar } from '@/tests/e2e/hardening-support';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`);

const SIDEBAR_PROBES: Array<[selector: string, properties: string[]]> = [
  ['.hd-root', ['font-size', 'font-family', 'line-height', 'color', 'letter-spacing', 'text-align']],
  ['.hd-panel', ['width', 'position', 'background-color', 'z-index', 'padding-left', 'display', 'right', 'top']],
  ['.hd-header h1', ['font-size', 'font-weight', 'font-family', 'line-height', 'display']],
  ['.hd-header button', ['display', 'width', 'height', 'cursor', 'font-size']],
  ['.hd-nudge', ['display', 'padding-top', 'background-color', 'border-top-width', 'font-size']],
  ['.hd-nudge .hd-why', ['font-size', 'line-height', 'color', 'font-family', 'letter-spacing']],
  ['.hd-nudge .hd-actions button', ['display', 'font-size', 'padding-top', 'color']],
];

async function sidebarStyles(sidebar: ShadowProbe): Promise<Record<string, string | null>> {
  const styles: Record<string, string | null> = {};
  for (const [selector, properties] of SIDEBAR_PROBES) {
    for (const property of properties)
      styles[`${selector} ${property}`] = await sidebar.computedStyle(selector, property);
  }
  return styles;
}

// Width-independent host styles (docking narrows the page by design, so widths differ).
const HOST_PROBES: Array<[selector: string, properties: string[]]> = [
  ['html', ['font-size']],
  ['body', ['font-family', 'color', 'background-color', 'display']],
  ['.hd-subject', ['font-size', 'font-family', 'color', 'line-height', 'display']],
  ['.hd-message-body', ['font-size', 'color', 'letter-spacing', 'display']],
  ['.hd-reply', ['display', 'border-top-width', 'min-height', 'font-size']],
  ['.hd-send', ['display']],
  ['.hostile-modal', ['position', 'z-index', 'left', 'bottom', 'width', 'color']],
];

function hostStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate((probes) => {
    const out: Record<string, string> = {};
    for (const [selector, properties] of probes) {
      const element = document.querySelector(selector);
      for (const property of properties)
        out[`${selector} ${property}`] = element ? getComputedStyle(element).getPropertyValue(property) : 'missing';
    }
    return out;
  }, HOST_PROBES);
}

async function typeExcuse(page: Page, sidebar: ShadowProbe): Promise<void> {
  await page.click('.hd-reply');
  await page.keyboard.type(EXCUSE);
  await sidebar.waitFor(
    () => sidebar.count('.hd-nudge'),
    (n) => n >= 1,
  );
  // Cards are one line until opened; the probes below read the opened card.
  await sidebar.click('.hd-nudge .hd-card-summary');
  await sidebar.waitFor(
    () => sidebar.count('.hd-nudge .hd-actions button'),
    (n) => n >= 1,
  );
}

describe('hardening: hostile host CSS (quality 25)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let plainStyles: Record<string, string | null>;
  let hostileStyles: Record<string, string | null>;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    const plain = await openWithSidebar(page, `${demo.origin}/demo/tickets/101`);
    await typeExcuse(page, plain);
    plainStyles = await sidebarStyles(plain);
    await page.screenshot({ path: shot('hardening-css-plain') });
    const hostile = await openWithSidebar(page, `${demo.origin}/demo/tickets/101?fixture=hostile-css`);
    await typeExcuse(page, hostile);
    hostileStyles = await sidebarStyles(hostile);
    await page.screenshot({ path: shot('hardening-css-hostile') });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the hostile stylesheet really is hostile to the host page', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.hd-send')!).display)).toBe('none');
  });

  it('the sidebar computes the same styles as on the plain page (14px text, 320px panel, visible buttons)', () => {
    expect(hostileStyles).toEqual(plainStyles);
    expect(plainStyles['.hd-root font-size']).toBe('14px');
    expect(plainStyles['.hd-panel width']).toBe('320px');
    expect(plainStyles['.hd-header button display']).not.toBe('none');
    expect(plainStyles['.hd-nudge .hd-actions button display']).not.toBe('none');
  });

  it('the sidebar stylesheet uses no rem units (they would follow the host’s html font-size)', () => {
    const css = readFileSync(join(REPO_ROOT, 'components/sidebar/sidebar.css'), 'utf8');
    expect(css.match(/[\d.]+rem\b/g) ?? []).toEqual([]);
  });

  it('the host computes the same styles with Heartdesk as without it', async () => {
    const withExtension = await hostStyles(page);
    const plainBrowser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const bare = await plainBrowser.newPage({ viewport: { width: 1280, height: 800 } });
      await bare.goto(`${demo.origin}/demo/tickets/101?fixture=hostile-css`);
      await bare.click('.hd-reply');
      await bare.keyboard.type(EXCUSE);
      expect(await hostStyles(bare)).toEqual(withExtension);
      await bare.screenshot({ path: shot('hardening-css-hostile-without-extension') });
    } finally {
      await plainBrowser.close();
    }
    // The only change Heartdesk makes to the host: the docking margin on <html>.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('320px');
  });
});

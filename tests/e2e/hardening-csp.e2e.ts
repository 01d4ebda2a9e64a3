/**
 * quality.md 24: a helpdesk page served with a strict Content-Security-Policy and
 * Trusted Types (`default-src 'self'; style-src 'self'; script-src 'self';
 * require-trusted-types-for 'script'; trusted-types default`). The sidebar is
 * styled by an adopted stylesheet and built with DOM APIs in the extension's
 * isolated world, so it must appear, be styled, work, and cause no violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { collectAllWorldErrors, EXCUSE, openWithSidebar } from '@/tests/e2e/hardening-support';
import type { ShadowProbe } from '@/tests/e2e/shadow-probe';

describe('hardening: strict CSP + Trusted Types host page (quality 24)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;
  let errors: string[];
  let cspHeader: string | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = await collectAllWorldErrors(page);
    page.on('response', (response) => {
      if (response.url().includes('fixture=strict-csp')) cspHeader = response.headers()['content-security-policy'];
    });
    sidebar = await openWithSidebar(page, `${demo.origin}/demo/tickets/101?fixture=strict-csp`);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('is really served with the strict policy, which the page itself enforces', async () => {
    expect(cspHeader).toContain("require-trusted-types-for 'script'");
    // Proof the policy is live: a page-world innerHTML sink is refused by Trusted Types,
    // and an inline style element is refused by style-src.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.probe-inline { color: red; }';
      document.head.append(style);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cspViolations: unknown[] }).cspViolations.length))
      .toBeGreaterThanOrEqual(2);
    // Forget our own probes: only the sidebar's violations and errors count from here.
    await page.waitForTimeout(200);
    errors.length = 0;
    await page.evaluate(() => {
      (window as unknown as { cspViolations: unknown[] }).cspViolations = [];
    });
  });

  it('the sidebar appears, docked and styled by its own stylesheet', async () => {
    expect(await sidebar.hostCount()).toBe(1);
    expect(await sidebar.computedStyle('.hd-panel', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await sidebar.computedStyle('.hd-panel', 'width')).toBe('320px');
    expect(await sidebar.computedStyle('.hd-panel', 'position')).toBe('fixed');
    expect(await sidebar.computedStyle('.hd-root', 'font-size')).toBe('14px');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('320px');
  });

  it('works: an excuse in the draft brings up a nudge', async () => {
    await page.click('.hd-reply');
    await page.keyboard.type(EXCUSE);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    expect(await sidebar.text('.hd-mood, .hd-section')).toMatch(/\w/);
  });

  it('causes no CSP or Trusted Types violation and no error in any world', async () => {
    // Collapse and expand: re-renders and re-docks through the same code paths.
    await sidebar.click('.hd-header button[data-action="collapse"]');
    await sidebar.waitFor(
      () => sidebar.count('.hd-tab'),
      (n) => n === 1,
    );
    await sidebar.click('.hd-tab');
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 1,
    );
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: unknown[] }).cspViolations);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_PAUSE_MS } from '@/lib/coach/sentence-around';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * The closed rail tells the agent there is something to see: at 1024 × 768 the sidebar waits as
 * a rail, and while it is closed it shows how many points wait on the reply, or ✓ when the reply
 * is ready, without taking the keyboard from the reply. Screenshots: test-output/screenshots/rail-*.png.
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `rail-${name}.png`);
const REFUSAL = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";
const LET_DOWN =
  "I'm so sad and let down. I was really counting on this desk for my new job and now everything is ruined.";
const WARM =
  "Hi Dana, I'm so sorry you had to write three times and were charged twice for a desk that still hasn't arrived. I have refunded the duplicate charge today, and I will email you the delivery date by Friday.";

describe('the closed rail says what waits', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension({ viewport: { width: 1024, height: 768 } });
    page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/tickets/101`);
    sidebar = await ShadowProbe.attach(page);
    await sidebar.waitFor(
      () => sidebar.count('.hd-rail'),
      (n) => n === 1,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('a refusal typed with the rail closed: the rail counts it, the reply keeps the keyboard, and opened the card is there', async () => {
    // Dana is upset: before a word is typed, the rail may already hold the card about her mood.
    await page.waitForTimeout(500);
    const railCount = () => sidebar.text('.hd-rail-count').then(Number, () => 0);
    const before = await railCount();
    await page.screenshot({ path: shot('closed-before-typing') });

    await page.click('.hd-reply');
    await page.keyboard.type(REFUSAL);
    // The refusal is judged at the typing pause, as it is in the docked panel: one more point.
    await sidebar.waitFor(railCount, (count) => count === before + 1);
    expect(await sidebar.count('.hd-panel')).toBe(0);
    expect(await sidebar.attribute('.hd-rail', 'aria-label')).toMatch(
      new RegExp(`^Heartdesk: ${before + 1} points? for your reply`),
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    await page.screenshot({ path: shot('closed-with-count') });

    // Past the long pause the coach has said all it will for this draft: the rail and the panel agree.
    await page.waitForTimeout(LONG_PAUSE_MS + 500);
    const settled = await railCount();
    await page.screenshot({ path: shot('closed-settled') });
    await sidebar.click('.hd-rail');
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    expect(await sidebar.count('.hd-card')).toBe(settled);
    expect(await sidebar.text('.hd-nudge .hd-card-summary')).toContain("we can't");
    expect(await sidebar.count('.hd-rail-count')).toBe(0);
    await page.screenshot({ path: shot('open-with-card') });
  });

  it('closed again over a warm, finished reply: the rail shows ✓ and says "ready to send"', async () => {
    await page.keyboard.press('Escape');
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 0,
    );
    await page.click('.hd-reply');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(WARM);
    await sidebar.waitFor(
      () => sidebar.count('.hd-rail-ready'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-rail-count')).toBe(0);
    expect(await sidebar.attribute('.hd-rail', 'aria-label')).toMatch(/^Heartdesk: ready to send/);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    await page.screenshot({ path: shot('closed-ready') });
  });

  it('a customer who sounds let down: the rail’s mark turns the panel’s blue for sadness, and says so', async () => {
    expect(await sidebar.count('.hd-rail-upset-frustration')).toBe(1);
    // Only Dana's words change: the helpdesk re-renders its thread, and Heartdesk reads it again.
    await page.evaluate((text) => {
      const bodies = [...document.querySelectorAll('.hd-message[data-author-role="customer"] .hd-message-body')];
      for (const body of bodies) body.textContent = text;
    }, LET_DOWN);
    await sidebar.waitFor(
      () => sidebar.count('.hd-rail-upset-sadness'),
      (n) => n === 1,
    );
    expect(await sidebar.attribute('.hd-rail', 'aria-label')).toMatch(/The customer sounds let down\.$/);
    await page.screenshot({ path: shot('closed-let-down') });
  });

  it('a customer who thanks the agent: the rail shows a star in the panel’s green, says the win waits, and opened offers it', async () => {
    await page.click('a[data-ticket-link="103"]');
    await sidebar.waitFor(
      () => sidebar.count('.hd-rail-win [data-sign="win"]'),
      (n) => n === 1,
    );
    expect(await sidebar.count('.hd-rail-upset')).toBe(0);
    expect(await sidebar.attribute('.hd-rail', 'aria-label')).toMatch(
      /The customer thanked you: you can save it as a win\.$/,
    );
    await page.screenshot({ path: shot('closed-thanked') });
    await sidebar.click('.hd-rail');
    await sidebar.waitFor(
      () => sidebar.count('.hd-win button.hd-primary'),
      (n) => n === 1,
    );
    await page.screenshot({ path: shot('open-thanked') });
  });
});

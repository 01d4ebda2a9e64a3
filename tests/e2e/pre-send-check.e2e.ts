import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * The pre-send check tells the truth (QA 2026-12-07, findings 1-4), on the demo helpdesk in real
 * Chromium, with screenshots in test-output/screenshots/check-*.png.
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `check-${name}.png`);

async function replaceDraft(page: Page, text: string) {
  await page.click('.hd-reply');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

describe('the pre-send check (QA 2026-12-07)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  const status = (id: string) => sidebar.attribute(`[data-check="${id}"]`, 'data-status');
  const words = (id: string) => sidebar.attribute(`[data-check="${id}"] .hd-check-words`, 'title');

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 820 });
    await page.goto(`${demo.origin}/demo/tickets/101`);
    sidebar = await ShadowProbe.attach(page);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('a curt request to a furious customer is not called ready (f-101-0)', async () => {
    await replaceDraft(page, 'Hi Dana, please send us a photo of your bank statement so we can check the charge.');
    await sidebar.waitFor(
      () => status('feelings'),
      (value) => value === 'missing',
    );
    expect(await sidebar.count('.hd-ready')).toBe(0);
    expect(await status('can-do')).toBe('missing');
    await page.screenshot({ path: shot('1-curt-not-ready') });
  });

  it('a plain reply with a refund done and a day ticks both, quoting those words (f-101-2)', async () => {
    await replaceDraft(
      page,
      'Hi Dana, I refunded the duplicate charge today. The desk will be delivered on Thursday between 9am and 1pm.',
    );
    // The step before ticked "next step" too: wait for this draft's own words.
    await sidebar.waitFor(
      () => words('can-do'),
      (value) => value === 'I refunded the duplicate charge today',
    );
    expect(await status('can-do')).toBe('done');
    expect(await words('next-step')).toBe('The desk will be delivered on Thursday between 9am and 1pm');
    // Nothing yet for how Dana feels: still not ready.
    expect(await status('feelings')).toBe('missing');
    expect(await sidebar.count('.hd-ready')).toBe(0);
    await page.screenshot({ path: shot('2-plain-ticks') });
  });

  it('the same reply with her feelings named is ready to send', async () => {
    await replaceDraft(
      page,
      "Hi Dana, I'm so sorry you had to write three times about this. I refunded the duplicate charge today, and the desk will be delivered on Thursday between 9am and 1pm.",
    );
    await sidebar.waitFor(
      () => sidebar.count('.hd-ready'),
      (n) => n === 1,
    );
    expect(await status('feelings')).toBe('done');
    await page.screenshot({ path: shot('3-ready') });
  });

  it('a confused customer’s chip quotes the question that shows it, not "says" (f-102-1)', async () => {
    await page.click('a[data-ticket-link="102"]');
    await sidebar.waitFor(
      () => sidebar.texts('[data-signal="confusion"] .hd-evidence q'),
      (quotes) => quotes.length > 0,
    );
    const quotes = await sidebar.texts('[data-signal="confusion"] .hd-evidence q');
    expect(quotes).toContain('Am I missing something');
    expect(quotes).not.toContain('says');
    await replaceDraft(
      page,
      "Hi Luis, sorry for the confusion! The Data tab only shows on the Pro plan, which is why you can't see it. On your plan, open Invoices and press Download all; I've also asked our docs team to fix the article by Friday.",
    );
    await sidebar.waitFor(
      () => words('next-step'),
      (value) => value === 'open Invoices and press Download all',
    );
    expect(await status('can-do')).toBe('done');
    await page.screenshot({ path: shot('4-how-to') });
  });
});

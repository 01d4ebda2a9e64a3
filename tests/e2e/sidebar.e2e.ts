import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { patchPreferences } from '@/tests/e2e/preferences';
import { focusInSidebar } from '@/tests/e2e/hardening-support';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`);
const EXCUSE = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";

async function openTicket(page: Page, origin: string, id: string): Promise<ShadowProbe> {
  await page.goto(`${origin}/demo/tickets/${id}`);
  const sidebar = await ShadowProbe.attach(page);
  await sidebar.waitFor(
    () => sidebar.count('.hd-panel'),
    (n) => n === 1,
  );
  return sidebar;
}

/** The angry ticket with an excuse typed, its first card opened: the sidebar and that card's point. */
async function excuseOnAngryTicket(page: Page, origin: string) {
  const sidebar = await openTicket(page, origin, '101');
  await page.click('.hd-reply');
  await page.keyboard.type(EXCUSE);
  await sidebar.waitFor(
    () => sidebar.count('.hd-nudge'),
    (n) => n >= 1,
  );
  await sidebar.click('.hd-nudge .hd-card-summary');
  return { sidebar, point: await sidebar.attribute('.hd-nudge', 'data-point') };
}

describe('sidebar experience on the demo helpdesk', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('never moves the agent’s caret or text while nudges update', async () => {
    const sidebar = await openTicket(page, demo.origin, '101');
    await page.click('.hd-reply');
    await page.keyboard.type(EXCUSE);
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    const caretBefore = await page.evaluate(() => getSelection()?.anchorOffset);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => getSelection()?.anchorOffset)).toBe(caretBefore);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    await page.keyboard.type('X');
    expect(await page.locator('.hd-reply').innerText()).toBe(`${EXCUSE.slice(0, -8)}X${EXCUSE.slice(-8)}`);
  });

  it('keeps the pre-send check pinned in view, and ticks it as the reply improves', async () => {
    const sidebar = await openTicket(page, demo.origin, '101');
    await page.click('.hd-reply');
    await page.keyboard.type("Hi Dana, we can't refund the second charge while the investigation");
    await page.waitForTimeout(500);
    // Pinned: there while composing, nothing ticked yet.
    expect(await sidebar.count('[data-check][data-status="done"]')).toBe(0);
    expect(await sidebar.count('[data-check="can-do"]')).toBe(1);
    await page.keyboard.type(' is still open on our side.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Best,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Alex');
    const status = (id: string) => sidebar.attribute(`[data-check="${id}"]`, 'data-status');
    await sidebar.waitFor(
      () => status('next-step'),
      (value) => value === 'missing',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      "Hi Dana, I'm sorry you had to write three times and were charged twice. I have refunded the duplicate charge today, and I will email you the delivery date by Friday.",
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('Best, Alex');
    await sidebar.waitFor(
      () => status('next-step'),
      (value) => value === 'done',
    );
    expect(await status('feelings')).toBe('done');
    await page.screenshot({ path: shot('sidebar-pre-send-check') });
  });

  it('“Not now” sets a card aside on this ticket, and focus moves on instead of falling to the page', async () => {
    const { sidebar, point } = await excuseOnAngryTicket(page, demo.origin);
    await sidebar.click('.hd-nudge .hd-actions button', 0);
    expect(
      await sidebar.waitFor(
        () => sidebar.count(`.hd-nudge[data-point="${point}"]`),
        (n) => n === 0,
      ),
    ).toBe(0);
    // The next card, or the reply: never <body>.
    expect(await page.evaluate(() => document.activeElement?.localName)).toMatch(/^(heartdesk-sidebar|div)$/);
    // Set aside on this ticket only: the agent's draft is left exactly as typed.
    expect(await page.locator('.hd-reply').innerText()).toBe(EXCUSE);
  });

  it('mutes a rule, and the mute survives a reload', async () => {
    const first = await excuseOnAngryTicket(page, demo.origin);
    let sidebar = first.sidebar;
    const point = first.point;
    await sidebar.click('.hd-nudge .hd-actions button', 1);
    await sidebar.waitFor(
      () => sidebar.count(`.hd-nudge[data-point="${point}"]`),
      (n) => n === 0,
    );
    await page.reload();
    sidebar = await openTicket(page, demo.origin, '101');
    await page.click('.hd-reply');
    await page.keyboard.type(EXCUSE);
    await page.waitForTimeout(800);
    expect(await sidebar.count(`.hd-nudge[data-point="${point}"]`)).toBe(0);
    // Restore for the next tests: unmute through the extension's own storage.
    await patchPreferences(browser, { mutedRules: [] });
  });

  it('collapses to a slim tab in its own narrow strip, and remembers it', async () => {
    const sidebar = await openTicket(page, demo.origin, '102');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('320px');
    expect(await sidebar.computedStyle('.hd-panel', 'background-color')).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: shot('sidebar-light-expanded') });
    await sidebar.click('.hd-header button[data-action="collapse"]');
    await sidebar.waitFor(
      () => sidebar.count('.hd-tab'),
      (n) => n === 1,
    );
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('28px');
    await page.screenshot({ path: shot('sidebar-light-collapsed') });
    await page.reload();
    const after = await ShadowProbe.attach(page);
    await after.waitFor(
      () => after.count('.hd-tab'),
      (n) => n === 1,
    );
    await after.click('.hd-tab');
    await after.waitFor(
      () => after.count('.hd-panel'),
      (n) => n === 1,
    );
  });

  it('collapsing from the keyboard hands focus back to the reply, caret kept; expanding puts it in the sidebar', async () => {
    const sidebar = await openTicket(page, demo.origin, '102');
    await page.click('.hd-reply');
    await page.keyboard.type('Hi Luis, the export lives under Reports.');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
    const caret = () => page.evaluate(() => getSelection()?.anchorOffset);
    const before = await caret();
    await focusInSidebar(page, '.hd-header button[data-action="collapse"]');
    await page.keyboard.press('Enter');
    await sidebar.waitFor(
      () => sidebar.count('.hd-tab'),
      (n) => n === 1,
    );
    // Not the page body: the agent's next key goes on with the reply, where it was.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    expect(await caret()).toBe(before);
    await focusInSidebar(page, '.hd-tab');
    await page.keyboard.press('Enter');
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 1,
    );
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('heartdesk-sidebar');
  });

  it('offers a short reset after the reply to a hard conversation is sent, not while writing', async () => {
    const sidebar = await openTicket(page, demo.origin, '101');
    await page.click('.hd-reply');
    await page.keyboard.type('Hi Dana, I have refunded the duplicate charge today and chased the carrier myself.');
    await page.waitForTimeout(500);
    expect(await sidebar.count('.hd-reset')).toBe(0);
    await page.click('.hd-send');
    await sidebar.waitFor(
      () => sidebar.count('.hd-reset'),
      (n) => n === 1,
    );
    await page.screenshot({ path: shot('sidebar-reset-card') });
    // "Reply sent." once, under Your reply: the reset card does not say it again just above.
    expect((await sidebar.text('.hd-panel')).match(/Reply sent\./g)).toHaveLength(1);
    await sidebar.click('.hd-reset .hd-link');
    await sidebar.waitFor(
      () => sidebar.count('.hd-reset'),
      (n) => n === 0,
    );
  });
});

describe('sidebar in dark mode', () => {
  it('follows the system’s dark theme', async () => {
    const demo = await startDemoServer();
    const browser = await launchWithExtension({ colorScheme: 'dark' });
    try {
      const page = await browser.context.newPage();
      const sidebar = await openTicket(page, demo.origin, '101');
      await page.click('.hd-reply');
      await page.keyboard.type(EXCUSE);
      await sidebar.waitFor(
        () => sidebar.count('.hd-nudge'),
        (n) => n >= 1,
      );
      expect(await sidebar.computedStyle('.hd-panel', 'background-color')).toBe('rgb(27, 30, 36)');
      await page.screenshot({ path: shot('sidebar-dark-expanded') });
    } finally {
      await browser.close();
      await demo.close();
    }
  });
});

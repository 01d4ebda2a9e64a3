import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `${name}.png`);

describe('foundation: the extension end to end on the demo helpdesk', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    sidebar = await ShadowProbe.attach(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows the sidebar on a ticket with the customer’s mood and the words behind it', async () => {
    await page.goto(`${demo.origin}/demo/tickets/101`);
    await sidebar.waitFor(
      () => sidebar.hostCount(),
      (n) => n === 1,
    );
    const frustration = await sidebar.waitFor(
      () => sidebar.text('[data-signal="frustration"]'),
      (text) => text.length > 0,
    );
    expect(frustration.toLowerCase()).toMatch(/unacceptable|third time|twice/);
  });

  it('reacts to the draft as the agent types, highlighting the words in a copy of the draft', async () => {
    await page.click('.hd-reply');
    await page.keyboard.type("Hi Dana, unfortunately we can't refund the second charge, it's our policy.", {
      delay: 5,
    });
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    const marked = await sidebar.quotes('.hd-nudge mark');
    expect(marked.join(' ').toLowerCase()).toMatch(/unfortunately|policy/);
    // The host's editor is untouched: the text is exactly what was typed, with no marks inside.
    expect(await page.locator('.hd-reply').innerText()).toBe(
      "Hi Dana, unfortunately we can't refund the second charge, it's our policy.",
    );
    expect(await page.locator('.hd-reply mark').count()).toBe(0);
    await page.screenshot({ path: shot('foundation-angry-ticket-with-nudge') });
  });

  it('follows in-app navigation to another ticket and forgets the previous one', async () => {
    await page.click('a[data-ticket-link="103"]');
    await page.waitForURL(/\/demo\/tickets\/103$/);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="gratitude"]'),
      (n) => n === 1,
      2_000,
    );
    expect(await sidebar.count('[data-signal="frustration"]')).toBe(0);
    expect(await sidebar.count('.hd-nudge')).toBe(0);
    expect(await sidebar.hostCount()).toBe(1);
  });

  it('saves a customer’s thank-you from the sidebar, and a journal tab already open lists it', async () => {
    // The journal left open in a tab hears of the win (lib/db/journal-changes.ts); a mark on its
    // document says it was not reloaded.
    const journal = await browser.context.newPage();
    await journal.goto(browser.extensionUrl('journal.html'));
    await journal.getByRole('heading', { name: 'No wins yet' }).waitFor();
    await journal.evaluate(() => Object.assign(window, { openBefore: true }));
    await page.bringToFront();
    // The card quotes their words, not their signature ("…your help! Mei"; walk 2026-12-07 #7).
    expect(await sidebar.text('.hd-win blockquote')).toBe(
      'That worked! Thank you so much for sorting this out so quickly, you saved my afternoon. Really appreciate your help!',
    );
    await sidebar.click('.hd-win button');
    await sidebar.waitFor(
      () => sidebar.count('.hd-saved'),
      (n) => n === 1,
    );
    await page.screenshot({ path: shot('foundation-grateful-ticket-saved') });
    await journal.locator('.journal-win').first().waitFor({ timeout: 10_000 });
    expect(await journal.locator('.journal-win').count()).toBe(1);
    const listed = await journal.locator('.journal-win').first().innerText();
    expect(listed).toContain('That worked!');
    expect(listed).not.toContain('your help! Mei');
    expect(await journal.evaluate(() => (window as { openBefore?: boolean }).openBefore)).toBe(true);
    await journal.close();
    // The note under a saved win is for longer thoughts: Enter is a new line, and the hint says what saves.
    await sidebar.click('.hd-win .hd-link');
    await sidebar.waitFor(
      () => sidebar.count('.hd-win-details .hd-hint'),
      (n) => n === 1,
    );
    expect(await sidebar.text('.hd-win-details .hd-hint')).toBe('Ctrl+Enter saves · Enter for a new line');
    await page.screenshot({ path: shot('foundation-win-details') });
  });

  it('logs a win from the popup with Enter, shows it in the popup and on the journal page', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('#win-text').fill('Walked a new customer through the API keys; they set it up live.');
    // Nothing in these words names a kind: the agent picks one.
    await popup.getByRole('radio', { name: 'Above and beyond' }).check();
    await popup.locator('#win-text').press('Enter');
    await expect.poll(() => popup.locator('[role="status"]').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-testid="recent-wins"]').innerText()).toContain('API keys');
    expect(await popup.locator('[data-testid="today-count"]').innerText()).toMatch(/2/);
    await popup.screenshot({ path: shot('foundation-popup') });
    const journal = await browser.context.newPage();
    await journal.goto(browser.extensionUrl('journal.html'));
    await expect.poll(() => journal.locator('body').innerText()).toContain('API keys');
    await journal.screenshot({ path: shot('foundation-journal') });
    await journal.close();
    await popup.close();
  });

  it('refuses an empty win in the popup with a clear message and saves nothing', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator('[data-testid="today-count"]').innerText()).toMatch(/\d/);
    const before = await popup.locator('[data-testid="today-count"]').innerText();
    await popup.locator('#win-text').fill('   ');
    await popup.locator('#win-text').press('Enter');
    await expect.poll(() => popup.locator('[role="alert"]').innerText()).toContain('Write a few words');
    expect(await popup.locator('[data-testid="today-count"]').innerText()).toBe(before);
    await popup.close();
  });

  it('keeps the journal in the extension’s origin: the helpdesk’s origin has no IndexedDB database', async () => {
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(pageDatabases).toEqual([]);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const extensionDatabases = await popup.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(extensionDatabases).toContain('heartdesk-journal');
    await popup.close();
  });

  it('puts no sidebar on a helpdesk page that is not a ticket view', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${demo.origin}/demo/`);
    await other.waitForTimeout(1_000);
    expect(await other.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length)).toBe(0);
    await other.close();
  });
});

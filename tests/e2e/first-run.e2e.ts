/**
 * Issue 18, end to end in Chromium: first run → choose a helpdesk → the sidebar works
 * there → revoke → gone; the tour on the welcome page; reopening it from Options.
 *
 * What cannot run headless: the browser's permission prompt. This copy of the demo
 * build lists Zendesk's pattern as a host permission; the test withholds it at once
 * through chrome://extensions' own site-access control, so the extension starts as a
 * store install does, with no Zendesk access. Pressing "Zendesk" on the welcome page
 * then makes the real `permissions.request`; its prompt stays open headless, and the
 * test answers it the way Allow would, by giving the host back through the same
 * control. Everything else is the shipped code: the live grants on the page, the
 * background's registration, the detector, the sidebar, and the revoke.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { startFixtureServer, type FixtureServer } from '@/tests/e2e/fixture-server';
import { launchWithPreGranted } from '@/tests/e2e/pre-granted-site';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';
import { changeSiteAccess } from '@/tests/e2e/site-access';
import { firstScreenOfTour, tourPanelShown } from '@/tests/e2e/tour-first-screen';

const ZENDESK = 'https://*.zendesk.com/agent/*';
const ZENDESK_GRANT = 'https://*.zendesk.com/*';
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `welcome-${name}.png`);

interface ChromeApi {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches: string[] }>> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
}

describe('first run: choose a helpdesk, the sidebar works there, revoke, gone', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let extensionDir: string;
  let welcome: Page;
  let ticketUrl: string;

  const registeredMatches = () =>
    browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches).sort();
    });
  const tile = (name: string): Locator => welcome.getByRole('button', { name, exact: true });
  const sidebarsAfterLoad = async () => {
    const tab = await browser.context.newPage();
    await tab.goto(ticketUrl);
    await tab.waitForTimeout(1_500);
    const count = await tab.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length);
    await tab.close();
    return count;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    ticketUrl = `https://acme.zendesk.com:${server.port}/agent/tickets/4242`;
    server.show({ adapterId: 'zendesk', fixture: 'agent-workspace-2023' });
    ({ browser, extensionDir } = await launchWithPreGranted([ZENDESK], {
      keepWelcome: true,
      args: ['--host-resolver-rules=MAP *.zendesk.com 127.0.0.1, EXCLUDE localhost', '--ignore-certificate-errors'],
    }));
    // A store install grants no helpdesk: take the pre-granted one back before anything looks.
    const failure = await changeSiteAccess(browser, 'removeHostPermission', ZENDESK_GRANT);
    if (failure) throw new Error(failure);
    // (expect.poll is only allowed inside tests.)
    const deadline = Date.now() + 10_000;
    while ((await registeredMatches()).join() !== 'http://127.0.0.1/*') {
      if (Date.now() > deadline) throw new Error('Zendesk stayed registered after its grant was withheld');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('opens the welcome page once on install, with every built-in helpdesk and none chosen', async () => {
    const opened = browser.context.pages().filter((page) => page.url() === browser.extensionUrl('welcome.html'));
    expect(opened).toHaveLength(1);
    welcome = opened[0]!;
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await welcome.reload();
    await expect
      .poll(() => welcome.getByRole('heading', { name: "Welcome. Let's set up your coach." }).count())
      .toBe(1);
    expect(await welcome.getByRole('heading', { name: 'Which helpdesk do you use?' }).count()).toBe(1);
    for (const adapter of ADAPTERS.filter((candidate) => candidate.matches.length > 0)) {
      await expect.poll(() => tile(adapter.name).getAttribute('aria-pressed')).toBe('false');
    }
    expect(await welcome.locator('.welcome-helpdesk').count()).toBe(13);
    expect(await sidebarsAfterLoad()).toBe(0);
    await welcome.screenshot({ path: shot('first-run'), fullPage: true });
  });

  it('choosing Zendesk asks for Zendesk alone; once allowed, the page names the grant and the detector is registered', async () => {
    await tile('Zendesk').click();
    await expect.poll(() => welcome.getByText("Waiting for your answer in the browser's prompt…").count()).toBe(1);
    // The agent presses Allow.
    expect(await changeSiteAccess(browser, 'addHostPermission', ZENDESK_GRANT)).toBe('');
    await expect.poll(() => tile('Zendesk').getAttribute('aria-pressed')).toBe('true');
    expect(await welcome.locator('[data-helpdesk="zendesk"]').innerText()).toContain(
      'Allowed: https://*.zendesk.com (every zendesk.com site, all ports)',
    );
    expect(await tile('Intercom').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(registeredMatches).toEqual(['http://127.0.0.1/*', ZENDESK]);
    await welcome.locator('[data-helpdesk="zendesk"]').scrollIntoViewIfNeeded();
    await welcome.screenshot({ path: shot('zendesk-chosen') });
  });

  let ticket: Page;
  it('the sidebar works on a Zendesk ticket', async () => {
    ticket = await browser.context.newPage();
    const sidebar = await ShadowProbe.attach(ticket);
    await ticket.goto(ticketUrl);
    await sidebar.waitFor(
      () => sidebar.hostCount(),
      (n) => n === 1,
    );
    const frustration = await sidebar.waitFor(
      () => sidebar.text('[data-signal="frustration"]'),
      (text) => text.length > 0,
    );
    expect(frustration.toLowerCase()).toMatch(/third time|unacceptable|frustrat/);
  });

  it('revoking Zendesk in the browser unregisters the detector, removes the open sidebar, and new loads get nothing', async () => {
    expect(await changeSiteAccess(browser, 'removeHostPermission', ZENDESK_GRANT)).toBe('');
    await expect.poll(registeredMatches).toEqual(['http://127.0.0.1/*']);
    // The tab that was open stops reading at once; a reload gets no detector at all.
    await expect
      .poll(() => ticket.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length), { timeout: 5_000 })
      .toBe(0);
    await ticket.reload();
    await ticket.waitForTimeout(1_500);
    expect(await ticket.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length)).toBe(0);
    expect(await sidebarsAfterLoad()).toBe(0);
    // The welcome page follows the browser: Zendesk is no longer chosen.
    await expect.poll(() => tile('Zendesk').getAttribute('aria-pressed')).toBe('false');
  });

  it("the tour's first screen comes with the page; the sidebar follows in its own place", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(browser.extensionUrl('welcome.html'), { waitUntil: 'commit' });
    const first = await (await page.waitForFunction(firstScreenOfTour, undefined, { polling: 'raf' })).jsonValue();
    const panelAt = await (await page.waitForFunction(tourPanelShown, undefined, { polling: 'raf' })).jsonValue();
    console.info(`[tour timing] chromium: first screen at ${first && first.at} ms, sidebar panel at ${panelAt} ms`);
    expect(first && first.startShown).toBe(true);
    await page.getByTestId('tour').screenshot({ path: shot('tour-0-first-screen') });
    await page.close();
  });

  it('the tour shows the mood, a nudge with its rewrite, ready to send and a win, and keeps nothing', async () => {
    const tour = welcome.getByTestId('tour');
    // The tour's sidebar sits in an open shadow root; Playwright's locators pierce it.
    const panel = tour.locator('.hd-panel');
    // The sample draft is typed a few letters at a time, and analysis waits for typing to settle.
    const slow = { timeout: 10_000 };
    // The QA colleague's window (a 1280×800 laptop screen).
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await tour.scrollIntoViewIfNeeded();
    await tour.getByRole('button', { name: 'Start the tour' }).click();
    await expect.poll(() => panel.locator('[data-signal="frustration"]').count(), slow).toBe(1);
    await tour.screenshot({ path: shot('tour-1-mood') });

    await tour.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => panel.locator('.hd-nudge').count(), slow).toBeGreaterThan(0);
    expect(await panel.locator('.hd-nudge mark').first().innerText()).toMatch(/unfortunately|can't|policy/i);
    // One line per point; opening it shows wording built from the draft's own sentence.
    await panel.locator('.hd-nudge .hd-card-summary').first().click();
    await expect.poll(() => panel.locator('.hd-nudge .hd-rewrite').count(), slow).toBeGreaterThan(0);
    await tour.screenshot({ path: shot('tour-2-nudge') });

    await tour.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => panel.locator('.hd-nudge').count(), slow).toBe(0);
    await expect.poll(() => panel.locator('[data-status="missing"]').count(), slow).toBe(0);
    expect(await panel.locator('[data-status="done"]').count()).toBeGreaterThan(0);
    await tour.screenshot({ path: shot('tour-3-ready') });

    // Where the QA colleague's page was when they pressed Next: the tour's box 205 px down the window.
    await welcome.evaluate(() =>
      window.scrollBy(0, document.querySelector('[data-testid="tour"]')!.getBoundingClientRect().top - 205),
    );
    await tour.getByRole('button', { name: 'Next' }).click();
    const win = panel.locator('.hd-win');
    await expect.poll(() => win.count(), slow).toBe(1);
    // Step 4 talks about saving a win: at 1280×800 its button and the step's words are on screen
    // without the agent scrolling (QA 2026-12-07: a self-care card filled the top instead).
    const onScreen = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 800;
    };
    // The page glides there by itself (a smooth scroll, unless the agent asked for less motion).
    await expect.poll(() => onScreen(win.getByRole('button').first()), { timeout: 3_000 }).toBe(true);
    expect(await onScreen(tour.locator('.tour-caption h3'))).toBe(true);
    await welcome.screenshot({ path: shot('tour-4-win-as-seen') });
    await win.getByRole('button').click();
    await expect.poll(() => tour.getByRole('status').first().innerText()).toContain('this tour keeps nothing');
    expect(await win.locator('.hd-error').count()).toBe(0);
    await tour.screenshot({ path: shot('tour-4-win') });
    const wins = await welcome.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('heartdesk-journal');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('wins')) return resolve(0);
            const count = db.transaction('wins').objectStore('wins').count();
            count.onsuccess = () => resolve(count.result);
          };
          open.onerror = () => resolve(-1);
        }),
    );
    expect(wins).toBe(0);
  });

  it('says where the journal lives and the privacy promise, and can be opened again from Options → Sites', async () => {
    expect(await welcome.getByTestId('privacy-promise').innerText()).toMatch(/sends nothing anywhere/);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#sites'));
    const [again] = await Promise.all([
      browser.context.waitForEvent('page'),
      options.getByRole('link', { name: 'Open the welcome page again' }).click(),
    ]);
    await again.waitForLoadState();
    expect(again.url()).toBe(browser.extensionUrl('welcome.html'));
    expect(await again.getByRole('heading', { name: 'Which helpdesk do you use?' }).count()).toBe(1);
    await again.close();
    await options.close();
  });
});

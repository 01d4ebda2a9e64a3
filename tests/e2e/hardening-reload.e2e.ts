/**
 * quality.md 21: the extension reloaded (as an update does) while a helpdesk tab
 * is open. Chromium does not re-inject manifest content scripts into open tabs, but
 * Heartdesk's background registers its detector at run time and reaches tabs already
 * open (lib/sites/site-sync.ts), so the new version takes the tab over at once. The
 * old copy, left with an invalidated extension context, must give way to it (or,
 * where nothing new arrives, say "reload this tab"), throw nothing uncaught, and
 * leave the agent's draft and caret exactly where they were.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { collectAllWorldErrors, EXCUSE, openWithSidebar } from '@/tests/e2e/hardening-support';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * Reloads the extension the way an update does and waits for its new worker.
 * This Chromium disables a reloaded unpacked extension ("unsupported developer
 * extension") unless developer mode is on, so switch it on first, as a developer
 * would on chrome://extensions.
 */
async function reloadExtension(browser: ExtensionBrowser): Promise<void> {
  const manager = await browser.context.newPage();
  await manager.goto('chrome://extensions');
  await manager.evaluate(
    () =>
      new Promise((resolve) => {
        type DeveloperPrivate = { updateProfileConfiguration(c: object, done: () => void): void };
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
        api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => resolve(undefined));
      }),
  );
  await manager.close();
  const old = browser.serviceWorker;
  // The worker dies while answering, so the evaluate itself may reject.
  await old
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const fresh = browser.context
      .serviceWorkers()
      .find((worker) => worker !== old && worker.url().endsWith('/background.js'));
    if (fresh) {
      browser.serviceWorker = fresh;
      return;
    }
    if (Date.now() > deadline) throw new Error('The reloaded extension never started a new service worker.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const UPDATED_NOTE = 'Heartdesk was updated. Reload this tab';

describe('hardening: extension reloaded under an open tab (quality 21)', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let sidebar: ShadowProbe;
  let errors: string[];
  let caretBefore: number | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = await collectAllWorldErrors(page);
    sidebar = await openWithSidebar(page, `${demo.origin}/demo/tickets/101`);
    await page.click('.hd-reply');
    await page.keyboard.type(EXCUSE);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    caretBefore = await page.evaluate(() => getSelection()?.anchorOffset);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );

    // Mark the old copy's host from the page's world, to tell it from the new version's.
    await page.evaluate(
      () => ((document.querySelector('heartdesk-sidebar') as unknown as { old: boolean }).old = true),
    );
    await reloadExtension(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the new version takes the open tab over: one sidebar, not the old one, working, with no “reload” note', async () => {
    const state = await sidebar.waitFor(
      async () => ({
        hosts: await sidebar.hostCount(),
        old: await page.evaluate(() =>
          [...document.querySelectorAll('heartdesk-sidebar')].some(
            (host) => (host as unknown as { old?: boolean }).old,
          ),
        ),
        panels: await sidebar.count('.hd-panel'),
        text: await sidebar.text('.hd-root').catch(() => ''),
      }),
      (value) => value.hosts === 1 && !value.old && value.panels === 1,
      8_000,
    );
    expect(state.text).not.toContain(UPDATED_NOTE);
    // Every visible string is a real sentence, not an i18n key (chrome.i18n dies with the context).
    expect(state.text).not.toMatch(/\b(sidebar|signal|category)_[a-zA-Z]+/);
  });

  it('leaves the draft text and the caret untouched, and the reply still takes typing', async () => {
    expect(await page.locator('.hd-reply').innerText()).toBe(EXCUSE);
    expect(await page.evaluate(() => getSelection()?.anchorOffset)).toBe(caretBefore);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hd-reply');
    // Typing after the reload still works and still does not throw in any world.
    await page.keyboard.type(' Z');
    expect(await page.locator('.hd-reply').innerText()).toBe(`${EXCUSE.slice(0, -5)} Z${EXCUSE.slice(-5)}`);
  });

  it('clicks on the sidebar after the reload throw nothing uncaught (no “Extension context invalidated”)', async () => {
    // Any card button of a copy left behind (open, Not now, mute) would talk to the dead context.
    // The header's buttons are left alone: on a live sidebar they open the journal or options in new tabs.
    const buttons = await sidebar.count('.hd-card button');
    for (let i = 0; i < Math.min(buttons, 4); i++) {
      if ((await sidebar.count('.hd-card button')) > i)
        await sidebar.click('.hd-card button', i).catch(() => undefined);
    }
    if ((await sidebar.count('.hd-stale-note')) === 1) await sidebar.click('.hd-stale-note');
    await page.waitForTimeout(2_500);
    expect(errors.filter((line) => /context invalidated|Uncaught|uncaught/i.test(line))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('injecting the new version into the tab leaves exactly one, working sidebar', async () => {
    // Count sidebar hosts added from now on, from the page's own view.
    await page.evaluate(() => {
      const counter = window as unknown as { hostsAdded: number };
      counter.hostsAdded = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node.nodeName === 'HEARTDESK-SIDEBAR') counter.hostsAdded++;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    const pageUrl = page.url();
    await browser.serviceWorker.evaluate(async (url) => {
      type Api = {
        tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> };
        scripting: { executeScript(o: object): Promise<unknown> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
      if (!tab) throw new Error('demo tab not found');
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/helpdesk.js'] });
    }, pageUrl);
    // The old copy's "put the sidebar back" timer ran every second: watch long
    // enough for it to fight the new one, if it still would.
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(400);
      expect(await sidebar.hostCount()).toBe(1);
    }
    expect(await page.evaluate(() => (window as unknown as { hostsAdded: number }).hostsAdded)).toBe(1);
    // The clicks above may have collapsed it: the agent's layout carries over to a new copy.
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel, .hd-tab'),
      (n) => n === 1,
      5_000,
    );
    if ((await sidebar.count('.hd-tab')) === 1) await sidebar.click('.hd-tab');
    await sidebar.waitFor(
      () => sidebar.count('.hd-panel'),
      (n) => n === 1,
      5_000,
    );
    expect(await sidebar.text('.hd-root')).not.toContain(UPDATED_NOTE);
    // The new sidebar reads the draft that is already there.
    await page.click('.hd-reply');
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    expect(await page.locator('.hd-reply').innerText()).toContain(EXCUSE.slice(0, 20));
  });
});

describe('hardening: a click on the sidebar right after the reload (quality 21)', () => {
  it('clicks right after the reload turn the sidebar into the “reload this tab” note and throw nothing', async () => {
    const demo = await startDemoServer();
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      const errors = await collectAllWorldErrors(page);
      const sidebar = await openWithSidebar(page, `${demo.origin}/demo/tickets/103`);
      await sidebar.waitFor(
        () => sidebar.count('.hd-win button'),
        (n) => n === 1,
      );
      await reloadExtension(browser);
      const clickedAt = Date.now();
      // "Save this as a win" would message the dead background; collapse would write dead storage.
      // On a busy machine the new version may have taken the tab over before this click lands
      // (the old copy's shadow root is gone): then there is nothing stale left to click, and the
      // new copy must be the one working sidebar.
      const reachedOldCopy = await sidebar.click('.hd-win button').then(
        () => true,
        () => false,
      );
      if (reachedOldCopy) {
        await sidebar.click('.hd-header button[data-action="collapse"]').catch(() => undefined);
        await sidebar.waitFor(
          () => sidebar.text('.hd-root'),
          (text) => text.includes(UPDATED_NOTE),
          3_000,
        );
        console.info(`[hardening] stale note ${Date.now() - clickedAt} ms after the first click`);
      } else {
        const fresh = await ShadowProbe.attach(page);
        await fresh.waitFor(
          () => fresh.count('.hd-win button'),
          (n) => n === 1,
          5_000,
        );
        expect(await fresh.text('.hd-root')).not.toContain(UPDATED_NOTE);
        console.info('[hardening] the new version took the tab over before the click');
      }
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await demo.close();
    }
  });
});

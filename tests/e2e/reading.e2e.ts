import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { DEMO_EXTENSION_DIR, launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { startFixtureServer, type FixtureServer } from '@/tests/e2e/fixture-server';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

/**
 * Issue 13's reading requirements in a real Chromium with the built demo
 * extension: the sidebar on load before any click, the reply box kept when the
 * agent clicks inside the sidebar, and "Show Heartdesk this page" (picker,
 * recipe, stale recipe) on a site the agent added.
 */

const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `reading-${name}.png`);
const EXCUSE = "Hi Ines, unfortunately we can't send it sooner, it's our policy.";
// The demo helpdesk again, as a site the agent added: generic detection reads it there.
const DESK = 'desk.heartdesk.test';
const OPAQUE = 'opaque.heartdesk.test';

interface ChromeApi {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
}

/** A copy of the demo build that already holds the grants the agent would give in the permission prompt. */
function extensionGranting(patterns: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'heartdesk-reading-'));
  cpSync(DEMO_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...patterns);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** What the Sites panel stores once the agent added the sites; the background then registers the detector. */
async function addCustomSites(browser: ExtensionBrowser, origins: string[]): Promise<void> {
  await browser.serviceWorker.evaluate(async (list) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ customSites: list.map((origin) => ({ origin, addedAt: Date.now() })) });
  }, origins);
  const registered = () =>
    browser.serviceWorker.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts()).length,
    );
  const deadline = Date.now() + 10_000;
  while ((await registered()) < origins.length) {
    if (Date.now() > deadline) throw new Error('The background did not register the added sites.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const moodText = (sidebar: ShadowProbe) => sidebar.text('.hd-section:has(#hd-mood-title)');
const replyText = (sidebar: ShadowProbe) => sidebar.text('.hd-section:has(#hd-nudges-title)');

describe('reading helpdesk pages in a real browser', () => {
  let demo: DemoServer;
  let fixtures: FixtureServer;
  let browser: ExtensionBrowser;
  let extensionDir: string;
  let page: Page;
  let sidebar: ShadowProbe;

  beforeAll(async () => {
    demo = await startDemoServer();
    fixtures = await startFixtureServer();
    extensionDir = extensionGranting([`http://${DESK}/*`, `https://${OPAQUE}/*`]);
    browser = await launchWithExtension({
      extensionDir,
      args: [`--host-resolver-rules=MAP ${DESK} 127.0.0.1, MAP ${OPAQUE} 127.0.0.1`, '--ignore-certificate-errors'],
    });
    const port = new URL(demo.origin).port;
    await addCustomSites(browser, [`http://${DESK}:${port}`, `https://${OPAQUE}:${fixtures.port}`]);
    page = await browser.context.newPage();
    sidebar = await ShadowProbe.attach(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await fixtures?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('shows the mood when the ticket loads, before any click, with the reply box still closed', async () => {
    await page.goto(`${demo.origin}/demo/tickets/104`);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
    // No click happened: the reply box is still hidden, and the sidebar says when coaching starts.
    expect(await page.locator('.hd-composer').isHidden()).toBe(true);
    expect(await replyText(sidebar)).toContain('Suggestions on your reply start when the reply box opens.');
    await page.screenshot({ path: shot('on-load-demo') });
    await page.click('.hd-open-reply');
    await sidebar.waitFor(
      () => replyText(sidebar),
      (text) => !text.includes('start when the reply box opens'),
    );
  });

  it('on a site read by generic detection, a click inside the sidebar keeps the reply box and the draft', async () => {
    const port = new URL(demo.origin).port;
    await page.goto(`http://${DESK}:${port}/demo/tickets/104`);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
    await page.screenshot({ path: shot('on-load-generic') });
    await page.click('.hd-open-reply');
    await page.click('.hd-reply');
    await page.keyboard.type(EXCUSE);
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    const before = await sidebar.count('.hd-nudge');
    // The page now has two visible editors (the reply and the team summary) and focus goes to the sidebar.
    await sidebar.click('.hd-nudge button:not(.hd-link)');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.activeElement?.className)).not.toBe('hd-reply');
    expect(await replyText(sidebar)).not.toContain('start when the reply box opens');
    expect(await sidebar.count('.hd-nudge')).toBeGreaterThanOrEqual(before - 1);
    expect(await page.locator('.hd-reply').innerText()).toBe(EXCUSE);
    await page.screenshot({ path: shot('after-sidebar-click') });
  });

  it('on a page it cannot read, says so honestly, and the agent shows it the page once', async () => {
    fixtures.show({ adapterId: 'generic', fixture: 'unmarked-desk' });
    const url = `https://${OPAQUE}:${fixtures.port}/requests/view?id=7`;
    await page.goto(url);
    const honest = await sidebar.waitFor(
      () => moodText(sidebar),
      (text) => text.includes("Heartdesk can't find the customer's messages here."),
    );
    expect(honest).not.toContain('Nothing stands out');
    await page.screenshot({ path: shot('cannot-find') });
    const pageBefore = await page.evaluate(() =>
      [...document.body.children]
        .filter((node) => node.localName !== 'heartdesk-sidebar')
        .map((node) => node.outerHTML),
    );

    await sidebar.click('button.hd-primary');
    await sidebar.waitFor(
      () => sidebar.count('.hd-picker-layer'),
      (n) => n === 1,
    );
    const message = (await page.locator('.pane-body').boundingBox())!;
    await page.mouse.move(message.x + message.width / 2, message.y + message.height / 2);
    await sidebar.waitFor(
      () => sidebar.count('.hd-picker-box'),
      (n) => n === 1,
    );
    await page.screenshot({ path: shot('picker-hover') });
    await page.mouse.click(message.x + message.width / 2, message.y + message.height / 2);
    await sidebar.waitFor(
      () => sidebar.text('.hd-picker-bar'),
      (text) => text.includes('Now click the box where you write your reply.'),
    );
    const reply = (await page.locator('textarea.t').boundingBox())!;
    await page.mouse.click(reply.x + reply.width / 2, reply.y + reply.height / 2);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
    expect(await moodText(sidebar)).toContain('Reading this site the way you showed Heartdesk.');
    await page.screenshot({ path: shot('picker-saved') });

    // Nothing of the page changed, and focus never moved into it.
    const pageAfter = await page.evaluate(() =>
      [...document.body.children]
        .filter((node) => node.localName !== 'heartdesk-sidebar')
        .map((node) => node.outerHTML),
    );
    expect(pageAfter).toEqual(pageBefore);
    // The recipe is structure only, kept in extension storage.
    const stored = await browser.serviceWorker.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('pageRecipes')).pageRecipes,
    );
    const recipe = (stored as Record<string, { message?: string; composer?: string }>)[
      `https://${OPAQUE}:${fixtures.port}`
    ]!;
    expect(recipe.message).toMatch(/pane-body/);
    expect(recipe.composer).toMatch(/textarea/);
    expect(JSON.stringify(stored)).not.toMatch(/charged|subscription/);

    // A later page of the site is read with the recipe from the start.
    await page.reload();
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
  });

  it('says so when the recipe stops fitting the page, and reads it the usual way', async () => {
    fixtures.show({ adapterId: 'generic', fixture: 'unmarked-desk-updated' });
    await page.goto(`https://${OPAQUE}:${fixtures.port}/requests/view?id=8`);
    const text = await sidebar.waitFor(
      () => moodText(sidebar),
      (mood) => mood.includes('no longer fits this page'),
    );
    expect(text).toContain("Heartdesk can't find the customer's messages here.");
    expect(await sidebar.count('[data-signal]')).toBe(0);
    await page.screenshot({ path: shot('recipe-stale') });
  });

  it('keeps one sidebar and throws no page errors when the helpdesk rebuilds its thread and editor', async () => {
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    const port = new URL(demo.origin).port;
    await page.goto(`http://${DESK}:${port}/demo/tickets/104`);
    await sidebar.waitFor(
      () => sidebar.count('[data-signal="frustration"]'),
      (n) => n === 1,
    );
    for (let round = 0; round < 3; round++) {
      await page.evaluate(() => {
        const main = document.querySelector('main.hd-ticket')!;
        main.replaceWith(main.cloneNode(true));
      });
      await page.waitForTimeout(700);
    }
    expect(await sidebar.hostCount()).toBe(1);
    expect(await sidebar.count('[data-signal="frustration"]')).toBe(1);
    page.off('pageerror', onError);
    expect(errors).toEqual([]);
  });
});

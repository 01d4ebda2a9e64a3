/**
 * The options page end to end (issue 7): a team lead's pack imported (a broken
 * one refused with nothing changed), its prompt then shown in the sidebar on the
 * demo, and a helpdesk switched off getting no sidebar.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';
import { ShadowProbe } from '@/tests/e2e/shadow-probe';

const TEAM_PROMPT = 'Name the exact thing that went wrong for them, then the one thing you will do about it today.';
const GOOD_PACK = {
  schemaVersion: 1,
  id: 'team-north',
  name: 'Team North',
  description: 'Our team lead’s prompts for upset customers.',
  locale: 'en',
  prompts: [{ id: 'name-their-loss', category: 'empathy', text: TEAM_PROMPT, triggers: ['signal:upset'], weight: 10 }],
};
const BROKEN_PACK = { ...GOOD_PACK, id: 'team-south', prompts: [{ ...GOOD_PACK.prompts[0], text: '' }] };

function packFile(name: string, pack: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'heartdesk-pack-')), name);
  writeFileSync(path, JSON.stringify(pack, null, 2));
  return path;
}

async function storedCustomPacks(browser: ExtensionBrowser): Promise<unknown[]> {
  return browser.serviceWorker.evaluate(async () => {
    type LocalArea = { get(key: string): Promise<Record<string, unknown>> };
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
    return ((await local.get('customPacks')).customPacks as unknown[]) ?? [];
  });
}

describe('options page: prompt packs and sites', () => {
  let demo: DemoServer;
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('refuses a broken pack, naming the part in words, and changes nothing', async () => {
    await options.setInputFiles('#pack-file', packFile('broken.json', BROKEN_PACK));
    // Plain words for the part, never the JSON path (QA 2026-12-07: no field names).
    await expect.poll(() => options.locator('body').innerText()).toContain('The words of prompt 1');
    expect(await options.locator('body').innerText()).not.toContain('prompts[0].text');
    expect(await storedCustomPacks(browser)).toEqual([]);
    await options.screenshot({
      path: join(TEST_OUTPUT_DIR, 'screenshots', 'options-import-refused.png'),
      fullPage: true,
    });
  });

  it('imports a good pack, and its prompt appears in the sidebar for an upset customer', async () => {
    await options.setInputFiles('#pack-file', packFile('team-north.json', GOOD_PACK));
    await expect.poll(async () => (await storedCustomPacks(browser)).length).toBe(1);
    await expect.poll(() => options.locator('body').innerText()).toContain('Team North');
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/tickets/101`);
    const sidebar = await ShadowProbe.attach(page);
    const prompt = await sidebar.waitFor(
      () => sidebar.text('.hd-prompt[data-prompt="team-north/name-their-loss"]'),
      (text) => text.length > 0,
    );
    expect(prompt).toContain(TEAM_PROMPT);
    await page.screenshot({ path: join(TEST_OUTPUT_DIR, 'screenshots', 'options-custom-prompt-in-sidebar.png') });
    await page.close();
  });

  it('shows each panel (screenshots for review)', async () => {
    for (const tab of ['Prompt sets', 'Rules', 'Sites', 'Privacy']) {
      await options.getByRole('tab', { name: tab }).click();
      await expect.poll(() => options.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
      const name = tab.toLowerCase().replace(/\s+/g, '-');
      await options.screenshot({ path: join(TEST_OUTPUT_DIR, 'screenshots', `options-${name}.png`), fullPage: true });
    }
  });

  it('switches a helpdesk off in the Sites tab, and its tickets get no sidebar', async () => {
    await options.getByRole('tab', { name: 'Sites' }).click();
    const toggle = options.getByLabel('Heartdesk demo helpdesk');
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/tickets/101`);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length)).toBe(0);
    await options.bringToFront();
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('heartdesk-sidebar').length === 1, undefined, {
      timeout: 10_000,
    });
    await page.close();
  });
});

/**
 * Issue 18 item 3 in Chromium: an agent on 0.1.0, which had every helpdesk host
 * required, updates to this version, where all are optional. The browser keeps the
 * grants (Chromium carries a grant over when it moves from required to optional), so
 * every helpdesk keeps working, shows as chosen, and no page is pushed at the agent.
 *
 * How the update is made here: a copy of the demo build whose manifest is 0.1.0's
 * shape (version 0.1.0, the 13 helpdesks' patterns as host permissions) is installed,
 * then its manifest is replaced by this version's and the extension reloaded through
 * chrome://extensions, which Chromium treats as an update (`onInstalled` says
 * "update", previous version 0.1.0). The code is this version's throughout: what is
 * tested is how it meets the grants and the update event 0.1.0 leaves behind.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { builtinMatchPatterns } from '@/lib/adapters/match-patterns';
import { DEMO_EXTENSION_DIR, launchWithExtension, TEST_OUTPUT_DIR, type ExtensionBrowser } from '@/tests/e2e/browser';

interface ChromeApi {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ matches: string[] }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { getManifest(): { version: string } };
}
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  reload(id: string, options: { failQuietly: boolean }, done: () => void): void;
}

describe('update from 0.1.0, which had every helpdesk host required', () => {
  let browser: ExtensionBrowser;
  let extensionDir: string;
  let page: Page;
  let pagesBefore: string[];

  const version = () =>
    page.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest().version);
  const firstRun = () =>
    page.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('firstRun')).firstRun,
    );
  const registeredMatches = () =>
    page.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts())
        .flatMap((script) => script.matches)
        .sort(),
    );

  beforeAll(async () => {
    extensionDir = mkdtempSync(join(tmpdir(), 'heartdesk-upgrade-'));
    cpSync(DEMO_EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const current = readFileSync(manifestPath, 'utf8');
    const old = JSON.parse(current) as { version: string; host_permissions: string[] };
    old.version = '0.1.0';
    old.host_permissions = [...builtinMatchPatterns(), ...old.host_permissions];
    writeFileSync(manifestPath, JSON.stringify(old));
    browser = await launchWithExtension({ extensionDir });

    // The update: this version's manifest, and a reload as chrome://extensions does it.
    writeFileSync(manifestPath, current);
    const manager = await browser.context.newPage();
    await manager.goto('chrome://extensions');
    await manager.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
          // Reloading an unpacked extension needs developer mode (otherwise Chromium disables it).
          api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
            api.developerPrivate.reload(id, { failQuietly: true }, () => resolve()),
          );
        }),
      browser.extensionId,
    );
    await manager.close();
    pagesBefore = browser.context.pages().map((candidate) => candidate.url());
    page = await browser.context.newPage();
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(browser.extensionUrl('options.html'));
        if ((await version()) === '0.2.0') break;
      } catch (error) {
        if (attempt > 50) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('records the update, keeps every helpdesk the browser still grants, and opens no page', async () => {
    await expect
      .poll(firstRun, { timeout: 10_000 })
      .toMatchObject({ upgrade: { from: '0.1.0', kept: ADAPTERS.map((adapter) => adapter.id), needed: [] } });
    expect(browser.context.pages().map((candidate) => candidate.url())).toEqual(
      expect.arrayContaining(pagesBefore.filter((url) => !url.endsWith('/welcome.html'))),
    );
    expect(browser.context.pages().filter((candidate) => candidate.url().endsWith('/welcome.html'))).toHaveLength(0);
  });

  it('every helpdesk keeps its detector, registered at run time now', async () => {
    await expect.poll(registeredMatches).toEqual([...builtinMatchPatterns(), 'http://127.0.0.1/*'].sort());
  });

  it('the welcome page, opened from Options, says what changed and shows the kept helpdesks as chosen', async () => {
    const welcome = await browser.context.newPage();
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await welcome.goto(browser.extensionUrl('welcome.html'));
    const note = welcome.getByTestId('upgrade-note');
    await expect.poll(() => note.innerText()).toContain('Heartdesk now asks only for the helpdesks you use');
    expect(await note.innerText()).toContain('Your browser kept the access you had');
    for (const adapter of ADAPTERS)
      await expect
        .poll(() => welcome.getByRole('button', { name: adapter.name, exact: true }).getAttribute('aria-pressed'))
        .toBe('true');
    await welcome.screenshot({ path: join(TEST_OUTPUT_DIR, 'screenshots', 'welcome-after-upgrade.png') });
    await welcome.close();
  });
});

/**
 * quality.md 19, the revoke half in a real browser: a custom site is granted
 * (optional host permission) and then the grant is taken back, as the agent can
 * do in the browser's own settings. No injection without it; the options page
 * says "Access needed" with a button to allow access again. Setup mirrors
 * helpdesks.e2e.ts (same fixture server and host mapping). Limitation: headless
 * Chromium cannot answer the optional-permission prompt, so, as there, the test
 * build lists the made-up host so the grant succeeds without a prompt, and the
 * revoke goes through chrome://extensions' own site-access control
 * (developerPrivate.removeHostPermission), which withholds it at run time.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser } from '@/tests/e2e/browser';
import { addCustomSiteByClick, launchWithPreGrantedSite, sidebarsAfterLoad } from '@/tests/e2e/pre-granted-site';
import { startFixtureServer, type FixtureServer } from '@/tests/e2e/fixture-server';
import { changeSiteAccess } from '@/tests/e2e/site-access';

interface ChromeApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<Array<Record<string, unknown>>> };
}

const HOST = 'support.example.test';

describe('hardening: optional host permission granted, then revoked (quality 19)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let extensionDir: string;
  let origin: string;
  let options: Page;

  const registered = () =>
    options.evaluate(async (host) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).filter((script) =>
        (script.matches as string[]).some((match) => match.includes(host)),
      ).length;
    }, HOST);
  const hostsAfterLoad = () => sidebarsAfterLoad(browser.context, `${origin}/conversations/12`);

  beforeAll(async () => {
    server = await startFixtureServer();
    origin = `https://${HOST}:${server.port}`;
    ({ browser, extensionDir } = await launchWithPreGrantedSite(HOST));
    server.show({ adapterId: 'generic', fixture: 'prosemirror-rerender' });
    options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#sites'));
    await addCustomSiteByClick(options, origin);
    // (expect.poll is only allowed inside tests.)
    const deadline = Date.now() + 10_000;
    while ((await registered()) !== 1) {
      if (Date.now() > deadline) throw new Error('The custom site was never registered');
      await options.waitForTimeout(100);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('with the grant, the custom site gets the sidebar', async () => {
    expect(await hostsAfterLoad()).toBe(1);
  });

  it('a second port of the same host registers nothing more, and the page names the grant exactly (issue 13.6)', async () => {
    // Through the Sites tab's own form: the grant exists, so the browser answers at once.
    const otherPort = `${HOST}:${server.port + 1}`;
    await options.reload();
    await options.getByLabel('Site address').fill(otherPort);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect
      .poll(() => options.getByRole('status').first().innerText())
      .toBe(`${otherPort} is already covered: Heartdesk has access to https://${HOST} (all ports).`);
    await options.waitForTimeout(500);
    expect(await registered()).toBe(1);
    const rows = options.locator('[data-testid="custom-sites"] li[data-origin]');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(`https://${HOST} (all ports)`);
  });

  it('after the grant is revoked: the script is unregistered and new loads get no sidebar', async () => {
    // The browser's own "Site access" control on chrome://extensions (what the agent
    // would use); it withholds the host even though this test build lists it.
    const failure = await changeSiteAccess(browser, 'removeHostPermission', `https://${HOST}/*`);
    expect(failure).toBe('');
    const stillGranted = await options.evaluate(async (host) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return api.permissions.contains({ origins: [`https://${host}/*`] });
    }, HOST);
    expect(stillGranted).toBe(false);
    await expect.poll(registered).toBe(0);
    expect(await hostsAfterLoad()).toBe(0);
  });

  it('the options page shows “Access needed” with a button to allow access again', async () => {
    await options.reload();
    const row = options.locator(`li[data-origin="${origin}"]`);
    await expect.poll(() => row.innerText()).toContain('Access needed');
    expect(await row.getByRole('button', { name: 'Allow access again' }).count()).toBe(1);
  });
});

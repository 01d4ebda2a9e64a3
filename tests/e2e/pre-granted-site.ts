import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  DEMO_EXTENSION_DIR,
  launchWithExtension,
  type ExtensionBrowser,
  type LaunchOptions,
} from '@/tests/e2e/browser';

/**
 * Headless Chromium cannot answer a permission prompt, so tests that need a grant run
 * a copy of the demo build whose manifest already lists the patterns as host
 * permissions: the grant has happened. Nothing else changes: the background still
 * registers the detector from the grants at run time, exactly as after a real prompt.
 */
export async function launchWithPreGranted(
  patterns: string[],
  options: LaunchOptions & {
    /** API permissions a test adds to stand in for something headless cannot do. */ permissions?: string[];
  } = {},
): Promise<{ browser: ExtensionBrowser; extensionDir: string }> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'heartdesk-granted-'));
  cpSync(DEMO_EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    host_permissions?: string[];
    permissions: string[];
  };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...patterns];
  manifest.permissions = [...manifest.permissions, ...(options.permissions ?? [])];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const browser = await launchWithExtension({ ...options, extensionDir });
  return { browser, extensionDir };
}

/** A made-up host, granted and mapped to 127.0.0.1 over the local HTTPS fixture server. */
export function launchWithPreGrantedSite(host: string): Promise<{ browser: ExtensionBrowser; extensionDir: string }> {
  return launchWithPreGranted([`https://${host}/*`], {
    args: [`--host-resolver-rules=MAP ${host} 127.0.0.1`, '--ignore-certificate-errors'],
  });
}

/**
 * What the Sites panel's "Add site" does, from an extension page: the permission
 * request inside a real click (it needs a user gesture), then the stored list.
 */
export async function addCustomSiteByClick(extensionPage: Page, site: string): Promise<void> {
  await extensionPage.evaluate((origin) => {
    interface Api {
      permissions: { request(request: { origins: string[] }): Promise<boolean> };
      storage: { local: { set(items: object): Promise<void> } };
    }
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const button = document.createElement('button');
    button.id = 'e2e-add-site';
    button.textContent = 'Add site (test)';
    button.addEventListener('click', () => {
      void api.permissions.request({ origins: [`https://${new URL(origin).hostname}/*`] }).then((granted) => {
        if (granted) void api.storage.local.set({ customSites: [{ origin, addedAt: Date.now() }] });
      });
    });
    document.body.prepend(button);
  }, site);
  await extensionPage.click('#e2e-add-site');
}

/** How many sidebars a fresh load of `url` ends up with (0 where Heartdesk does not run). */
export async function sidebarsAfterLoad(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.waitForTimeout(1_500);
  const count = await tab.evaluate(() => document.querySelectorAll('heartdesk-sidebar').length);
  await tab.close();
  return count;
}

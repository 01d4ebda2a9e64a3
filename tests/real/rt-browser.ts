import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_EXTENSION_DIR, findChromium, launchWithExtension, type ExtensionBrowser } from '@/tests/e2e/browser';
import { addCustomSiteByClick } from '@/tests/e2e/pre-granted-site';
import { RT_HOST } from '@/tests/real/rt-server';

// The browser reaches RT by its host name; the name resolves to loopback only here.
const MAP_RT_HOST = `--host-resolver-rules=MAP ${RT_HOST} 127.0.0.1`;

export interface RtExtensionBrowser {
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/**
 * The demo build with RT's origin added by the agent, as on the options page.
 * Headless Chromium cannot answer the permission prompt, so this copy's manifest
 * already grants RT's host (as tests/e2e/pre-granted-site.ts does for https
 * fixtures); the shared `addCustomSiteByClick` then stores the site. That helper
 * asks for the https pattern, so both schemes are granted here; the stored origin
 * is RT's real http one, and the background registers the content script for
 * `http://rt.heartdesk.test/*` from it. Everything after the grant is the product.
 */
export const RT_VIEWPORT = { width: 1600, height: 900 };

export async function launchWithRtSite(rtOrigin: string): Promise<RtExtensionBrowser> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'heartdesk-rt-ext-'));
  cpSync(DEMO_EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(`http://${RT_HOST}/*`, `https://${RT_HOST}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  // Wide enough for the sidebar to dock beside RT: RT fits its menus to the window, so below
  // about 1,420 px the sidebar waits as a rail (tests/real/room.real.ts looks at that case).
  const browser = await launchWithExtension({ extensionDir, args: [MAP_RT_HOST], viewport: RT_VIEWPORT });
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await addCustomSiteByClick(options, rtOrigin);
  await waitForRegistration(options, `http://${RT_HOST}/*`);
  await options.close();
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** The background registers the site's content script when the stored list changes. */
async function waitForRegistration(page: Page, pattern: string): Promise<void> {
  await page.waitForFunction(
    async (wanted) => {
      const api = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
        }
      ).chrome;
      return (await api.scripting.getRegisteredContentScripts()).some((script) => script.matches?.includes(wanted));
    },
    pattern,
    { timeout: 10_000, polling: 100 },
  );
}

/** Chromium without any extension, reaching RT by its host name (snapshots of RT alone). */
export async function launchPlainWithRtHost(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', MAP_RT_HOST],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, close: () => browser.close() };
}

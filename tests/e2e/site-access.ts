import type { ExtensionBrowser } from '@/tests/e2e/browser';

type Change = 'addHostPermission' | 'removeHostPermission';

/**
 * The browser's own "Site access" control on chrome://extensions, as the agent would
 * use it. Removing withholds a granted host at run time; adding gives back a host the
 * build lists, which is what pressing Allow in the permission prompt does (headless
 * Chromium cannot show that prompt). Resolves with Chromium's error text, or ''.
 */
export async function changeSiteAccess(browser: ExtensionBrowser, change: Change, pattern: string): Promise<string> {
  const manager = await browser.context.newPage();
  try {
    await manager.goto('chrome://extensions');
    return await manager.evaluate(
      ({ id, host, method }) =>
        new Promise<string>((resolve) => {
          type DeveloperPrivate = Record<Change, (id: string, host: string, done: () => void) => void>;
          const chrome = (
            globalThis as unknown as {
              chrome: { developerPrivate: DeveloperPrivate; runtime: { lastError?: { message: string } } };
            }
          ).chrome;
          chrome.developerPrivate[method](id, host, () => resolve(chrome.runtime.lastError?.message ?? ''));
        }),
      { id: browser.extensionId, host: pattern, method: change },
    );
  } finally {
    await manager.close();
  }
}

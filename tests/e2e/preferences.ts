import type { ExtensionBrowser } from '@/tests/e2e/browser';

/** Changes stored preferences from the extension's service worker, as the options page would. */
export async function patchPreferences(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker.evaluate(async (changes) => {
    type SyncArea = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    const { preferences } = await sync.get('preferences');
    await sync.set({ preferences: { ...(preferences as object), ...changes } });
  }, patch);
}

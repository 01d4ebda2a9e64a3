import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Storage items run their migrations when the module is first imported, so each
 * case seeds storage first and then imports a fresh copy of the module, the way
 * an extension page starts after an update or a rollback.
 */
async function freshSettings() {
  vi.resetModules();
  return import('@/lib/storage/settings');
}

describe('preferences across versions', () => {
  it('a v1 value from the first release loads unchanged', async () => {
    const { DEFAULT_PREFERENCES } = await freshSettings();
    const v1 = { ...DEFAULT_PREFERENCES, sensitivity: 'high', mutedRules: ['excuse-policy'], customJargon: ['L2'] };
    await fakeBrowser.storage.sync.set({ preferences: v1 });
    const { loadPreferences } = await freshSettings();
    expect(await loadPreferences()).toEqual(v1);
  });

  it('a value written by a newer build (rolled back) loads repaired, without throwing, and stays editable', async () => {
    const { DEFAULT_PREFERENCES } = await freshSettings();
    const fromTheFuture = { ...DEFAULT_PREFERENCES, quietMode: true, sensitivity: 'adaptive', newThing: [1, 2] };
    await fakeBrowser.storage.sync.set({ preferences: fromTheFuture, preferences$: { v: 2 } });
    const quietConsole = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { loadPreferences, updatePreferences } = await freshSettings();
      expect(await loadPreferences()).toEqual({ ...DEFAULT_PREFERENCES, quietMode: true });
      await updatePreferences({ selfCare: false });
      expect(await loadPreferences()).toMatchObject({ quietMode: true, selfCare: false, sensitivity: 'medium' });
    } finally {
      quietConsole.mockRestore();
    }
  });

  it('a fresh install reads the defaults and records version 1 on first write', async () => {
    const { loadPreferences, updatePreferences, DEFAULT_PREFERENCES } = await freshSettings();
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
    await updatePreferences({ quietMode: true });
    expect(await fakeBrowser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 1 } });
  });
});

describe('browsers without storage.sync', () => {
  it('keep preferences in local storage and still save', async () => {
    const sync = fakeBrowser.storage.sync;
    Object.defineProperty(fakeBrowser.storage, 'sync', { value: undefined, configurable: true });
    try {
      const { loadPreferences, updatePreferences } = await freshSettings();
      const { syncOrLocal } = await import('@/lib/storage/storage-keys');
      expect(syncOrLocal()).toBe('local');
      await updatePreferences({ quietMode: true, disabledHelpdesks: ['zendesk'] });
      expect(await loadPreferences()).toMatchObject({ quietMode: true });
      expect(await fakeBrowser.storage.local.get('preferences')).toMatchObject({ preferences: { quietMode: true } });
      // The detector reads the same place raw: a helpdesk switched off stays off without sync.
      const { loadDetectorSettings } = await import('@/lib/content/detector-settings');
      expect((await loadDetectorSettings()).disabledHelpdesks).toEqual(['zendesk']);
      const { wipeEverything } = await import('@/lib/backup/wipe');
      const { JournalDatabase } = await import('@/lib/db/database');
      await wipeEverything(new JournalDatabase('no-sync-wipe'));
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'sync', { value: sync, configurable: true });
    }
  });
});

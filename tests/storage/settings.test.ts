import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  preferencesItem,
  repairPreferences,
  updatePreferences,
  watchPreferences,
} from '@/lib/storage/settings';

describe('repairPreferences', () => {
  it('gives the defaults for nothing, junk or the wrong shape', () => {
    for (const stored of [undefined, null, 42, 'x', [], { sensitivity: 'extreme' }])
      expect(repairPreferences(stored)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps every good field and repairs only the bad ones', () => {
    const repaired = repairPreferences({
      ...DEFAULT_PREFERENCES,
      quietMode: true,
      maxNudgesShown: 99,
      mutedRules: ['excuse-policy'],
    });
    expect(repaired.quietMode).toBe(true);
    expect(repaired.mutedRules).toEqual(['excuse-policy']);
    expect(repaired.maxNudgesShown).toBe(DEFAULT_PREFERENCES.maxNudgesShown);
  });

  it('ignores fields a newer build added and never lets __proto__ through', () => {
    const stored = JSON.parse('{"__proto__":{"quietMode":true},"futureField":1,"selfCare":false}');
    const repaired = repairPreferences(stored);
    expect(repaired.selfCare).toBe(false);
    expect(repaired).not.toHaveProperty('futureField');
    expect(repaired.quietMode).toBe(false);
  });

  it('fills fields an older build never wrote (a v1 value from before a field existed)', () => {
    const { customJargon: _c, ruleCooldownMinutes: _r, ...older } = DEFAULT_PREFERENCES;
    expect(repairPreferences({ ...older, sensitivity: 'high' })).toEqual({
      ...DEFAULT_PREFERENCES,
      sensitivity: 'high',
    });
  });
});

describe('preferences in storage', () => {
  it('live in sync storage and are repaired on load', async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { ...DEFAULT_PREFERENCES, sensitivity: 'low', maxNudgesPerTicket: -3 },
    });
    const loaded = await loadPreferences();
    expect(loaded.sensitivity).toBe('low');
    expect(loaded.maxNudgesPerTicket).toBe(DEFAULT_PREFERENCES.maxNudgesPerTicket);
  });

  it('refuses an invalid update and leaves storage unchanged', async () => {
    await updatePreferences({ quietMode: true });
    await expect(updatePreferences({ maxNudgesShown: 0 })).rejects.toThrow();
    expect(await preferencesItem.getValue()).toEqual({ ...DEFAULT_PREFERENCES, quietMode: true });
  });

  it('watchPreferences reports repaired values when another page changes them, until unwatched', async () => {
    const seen = vi.fn();
    const unwatch = watchPreferences(seen);
    await updatePreferences({ selfCare: false });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_PREFERENCES, selfCare: false }));
    await fakeBrowser.storage.sync.set({ preferences: { sensitivity: 'bogus' } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(DEFAULT_PREFERENCES));
    unwatch();
    const calls = seen.mock.calls.length;
    await updatePreferences({ quietMode: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.mock.calls.length).toBe(calls);
  });
});

describe('concurrent updates', () => {
  it('keeps both of two quick updates (no lost write)', async () => {
    await Promise.all([
      updatePreferences({ quietMode: true }),
      updatePreferences({ preSendCheck: false }),
      updatePreferences({ sensitivity: 'low' }),
    ]);
    expect(await loadPreferences()).toMatchObject({ quietMode: true, preSendCheck: false, sensitivity: 'low' });
  });

  it('a failing update does not block the ones after it', async () => {
    const results = await Promise.allSettled([
      updatePreferences({ maxNudgesShown: 99 }),
      updatePreferences({ selfCare: false }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((await loadPreferences()).selfCare).toBe(false);
  });
});

describe('functional updates', () => {
  it('edit lists against the latest stored value, keeping a change another tab just made', async () => {
    await updatePreferences({ mutedRules: ['excuse-policy'] });
    // Another tab (or the sidebar) mutes a second rule straight into storage.
    await fakeBrowser.storage.sync.set({
      preferences: { ...(await loadPreferences()), mutedRules: ['excuse-policy', 'blame-you-should-have'] },
    });
    const next = await updatePreferences(({ mutedRules }) => ({
      mutedRules: mutedRules.filter((id) => id !== 'excuse-policy'),
    }));
    expect(next.mutedRules).toEqual(['blame-you-should-have']);
    expect((await loadPreferences()).mutedRules).toEqual(['blame-you-should-have']);
  });
});

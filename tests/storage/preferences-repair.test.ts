import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  preferencesItem,
  repairPreferences,
  updatePreferences,
} from '@/lib/storage/settings';

describe('preferences', () => {
  it('fall back to defaults when nothing is stored', async () => {
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('repair a malformed field without resetting the others', () => {
    const repaired = repairPreferences({
      ...DEFAULT_PREFERENCES,
      mutedRules: 'oops',
      quietMode: true,
      maxNudgesShown: 99,
    });
    expect(repaired.mutedRules).toEqual([]);
    expect(repaired.maxNudgesShown).toBe(DEFAULT_PREFERENCES.maxNudgesShown);
    expect(repaired.quietMode).toBe(true);
  });

  it('ignore garbage from another build or a sync conflict', () => {
    expect(repairPreferences('nonsense')).toEqual(DEFAULT_PREFERENCES);
    expect(repairPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('persist a valid update and refuse an invalid one unchanged', async () => {
    await updatePreferences({ mutedRules: ['jargon'] });
    expect((await preferencesItem.getValue()).mutedRules).toEqual(['jargon']);
    await expect(updatePreferences({ maxNudgesShown: 0 })).rejects.toThrow();
    expect((await loadPreferences()).maxNudgesShown).toBe(DEFAULT_PREFERENCES.maxNudgesShown);
  });
});

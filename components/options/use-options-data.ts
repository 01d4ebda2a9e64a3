import { useCallback, useEffect, useState } from 'react';
import type { PromptPack } from '../../lib/prompts/schema';
import { loadCustomPacks, watchCustomPacks } from '../../lib/storage/custom-packs';
import {
  loadPreferences,
  updatePreferences,
  watchPreferences,
  type Preferences,
  type PreferencesPatch,
} from '../../lib/storage/settings';

/** Preferences that follow storage live (another tab, the sidebar, another synced browser). */
export function usePreferences() {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void loadPreferences().then((loaded) => {
      if (live) setPreferences(loaded);
    });
    const unwatch = watchPreferences((next) => {
      if (live) setPreferences(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback(async (patch: PreferencesPatch) => {
    try {
      setPreferences(await updatePreferences(patch));
      setSaveFailed(false);
    } catch {
      // Sync quota or an invalid value: keep what is stored and say so instead of pretending.
      setSaveFailed(true);
    }
  }, []);

  return { preferences, update, saveFailed };
}

export function useCustomPacks() {
  const [packs, setPacks] = useState<PromptPack[] | null>(null);

  useEffect(() => {
    let live = true;
    void loadCustomPacks().then((loaded) => {
      if (live) setPacks(loaded);
    });
    const unwatch = watchCustomPacks((next) => {
      if (live) setPacks(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  return packs;
}

import { useCallback, useEffect, useState } from 'react';
import type { PromptPack } from '@/lib/prompts/schema';
import { loadCustomPacks, watchCustomPacks } from '@/lib/storage/custom-packs-read';
import {
  loadPreferences,
  updatePreferences,
  watchPreferences,
  type Preferences,
  type PreferencesPatch,
} from '@/lib/storage/settings';

/**
 * A stored value that follows storage live (the options page, the sidebar, another synced
 * browser): null until the first read answers, then every change. A failed first read
 * leaves null; the watcher still delivers the next good value.
 */
function useStoredValue<T>(
  load: () => Promise<T>,
  watch: (callback: (value: T) => void) => () => void,
): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((loaded) => live && setValue(() => loaded))
      .catch(() => undefined);
    const unwatch = watch((next) => {
      if (live) setValue(() => next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [load, watch]);
  return [value, useCallback((next: T) => setValue(() => next), [])];
}

/** The agent's preferences, live, with a writer that says when a save did not go through. */
export function usePreferences() {
  const [preferences, setPreferences] = useStoredValue<Preferences>(loadPreferences, watchPreferences);
  const [saveFailed, setSaveFailed] = useState(false);

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      try {
        setPreferences(await updatePreferences(patch));
        setSaveFailed(false);
      } catch {
        // Sync quota or an invalid value: keep what is stored and say so instead of pretending.
        setSaveFailed(true);
      }
    },
    [setPreferences],
  );

  return { preferences, update, saveFailed };
}

/** The agent's own prompt sets, live; null until read. */
export function useCustomPacks(): PromptPack[] | null {
  return useStoredValue(loadCustomPacks, watchCustomPacks)[0];
}

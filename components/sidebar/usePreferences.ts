import { useEffect, useState } from 'react';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  preferencesItem,
  repairPreferences,
  type Preferences,
} from '@/lib/storage/settings';

/** Preferences that follow changes made in the options page live, without a reload. */
export function usePreferences(): Preferences {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  useEffect(() => {
    let active = true;
    loadPreferences()
      .then((loaded) => active && setPreferences(loaded))
      .catch(() => undefined);
    const unwatch = preferencesItem.watch((value) => setPreferences(repairPreferences(value)));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return preferences;
}

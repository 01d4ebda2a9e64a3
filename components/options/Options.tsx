import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { DEFAULT_PREFERENCES, loadPreferences, updatePreferences, type Preferences } from '@/lib/storage/settings';

const SETS = DEFAULT_PREFERENCES.enabledPromptSets;

/** Interim options page: prompt sets on/off. The full page (packs, rules, sites, privacy) replaces it. */
export function Options() {
  const [preferences, setPreferences] = useState<Preferences>();
  useEffect(() => {
    void loadPreferences().then(setPreferences);
  }, []);
  if (!preferences) return null;
  const toggle = async (id: string, on: boolean) => {
    const enabled = on
      ? [...preferences.enabledPromptSets, id]
      : preferences.enabledPromptSets.filter((set) => set !== id);
    setPreferences(await updatePreferences({ enabledPromptSets: enabled }));
  };
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <fieldset>
        <legend>{t('options_promptSets')}</legend>
        {SETS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={preferences.enabledPromptSets.includes(id)}
              onChange={(e) => void toggle(id, e.target.checked)}
            />{' '}
            {id}
          </label>
        ))}
      </fieldset>
    </main>
  );
}

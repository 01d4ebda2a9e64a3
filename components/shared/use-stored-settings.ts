import { useCallback, useEffect, useMemo, useState } from 'react';
import { mergeSettings, type EffectiveSettings } from '@/lib/policy/merge-settings';
import type { PromptPack } from '@/lib/prompts/schema';
import {
  CHOOSABLE_FIELDS,
  loadAgentChoices,
  recordChosen,
  watchAgentChoices,
  type AgentChoices,
} from '@/lib/storage/agent-choices';
import { loadCustomPacks, watchCustomPacks } from '@/lib/storage/custom-packs-read';
import {
  loadOrganisationPolicy,
  watchOrganisationPolicy,
  type OrganisationPolicy,
} from '@/lib/storage/organisation-policy';
import {
  DEFAULT_PREFERENCES,
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

/** The organisation's settings (issue 20) and what the agent chose about them; null until read. */
export function useOrganisation(): { policy: OrganisationPolicy; choices: AgentChoices } | null {
  const [policy] = useStoredValue(loadOrganisationPolicy, watchOrganisationPolicy);
  const [choices] = useStoredValue(loadAgentChoices, watchAgentChoices);
  return useMemo(() => (policy && choices ? { policy, choices } : null), [policy, choices]);
}

/** The agent's own prompt sets, live, for the options page that edits them; null until read. */
export function useOwnPacks(): PromptPack[] | null {
  return useStoredValue(loadCustomPacks, watchCustomPacks)[0];
}

function useEffectiveSettings(own: Preferences | null, ownPacks: readonly PromptPack[]): EffectiveSettings | null {
  const organisation = useOrganisation();
  return useMemo(
    () =>
      own && organisation
        ? mergeSettings({
            agent: own,
            ownPacks,
            managed: organisation.policy.settings,
            choices: organisation.choices,
            defaults: DEFAULT_PREFERENCES,
          })
        : null,
    [own, ownPacks, organisation],
  );
}

const NO_PACKS: PromptPack[] = [];

/**
 * The preferences the coach applies (the agent's own, with their organisation's on top,
 * lib/policy/merge-settings.ts), live, with a writer for the agent's own that says when a
 * save did not go through. `own` is what the agent set; `effective` tells the options page
 * where each value comes from.
 */
export function usePreferences() {
  const [own, setOwn] = useStoredValue<Preferences>(loadPreferences, watchPreferences);
  const effective = useEffectiveSettings(own, NO_PACKS);
  const [saveFailed, setSaveFailed] = useState(false);

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      // Shown at once: a controlled checkbox springs back until its state changes, so a click
      // seemed not to take while storage answered (the CI retry of journal.e2e's round trip).
      if (own && typeof patch !== 'function') setOwn({ ...own, ...patch });
      try {
        setOwn(await updatePreferences(patch));
        setSaveFailed(false);
        // A value the agent set themselves outranks their organisation's unlocked default from now on.
        const given = typeof patch === 'function' ? {} : patch;
        const fields = CHOOSABLE_FIELDS.filter(
          (field) => field in given && given[field] !== effective?.preferences[field],
        );
        if (fields.length > 0) await recordChosen(fields);
      } catch {
        // Sync quota or an invalid value: keep what is stored and say so instead of pretending.
        setSaveFailed(true);
        if (own) setOwn(own);
      }
    },
    [own, setOwn, effective],
  );

  return { preferences: effective?.preferences ?? null, own, effective, update, saveFailed };
}

/**
 * The prompt sets beyond the built-ins that apply: the organisation's, then the agent's own;
 * null until read.
 */
export function useCustomPacks(): PromptPack[] | null {
  const [own] = useStoredValue(loadPreferences, watchPreferences);
  const ownPacks = useOwnPacks();
  const effective = useEffectiveSettings(own, ownPacks ?? NO_PACKS);
  return ownPacks && effective ? effective.packs : null;
}

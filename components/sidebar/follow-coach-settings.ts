import { mergeSettings } from '@/lib/policy/merge-settings';
import type { PromptPack } from '@/lib/prompts/schema';
import { loadAgentChoices, NO_CHOICES, watchAgentChoices } from '@/lib/storage/agent-choices';
import { loadCustomPacks, watchCustomPacks } from '@/lib/storage/custom-packs-read';
import { loadOrganisationPolicy, NO_POLICY, watchOrganisationPolicy } from '@/lib/storage/organisation-policy';
import { DEFAULT_PREFERENCES, loadPreferences, watchPreferences } from '@/lib/storage/settings';

/**
 * Runs a call into extension storage that throws once the extension was updated or removed
 * under this page (quality 21): there is nothing left to read, write or unsubscribe from.
 */
export function quietly(call: () => void): void {
  try {
    call();
  } catch {
    // Extension context gone.
  }
}

/** The settings the coach applies, and the prompt sets beyond the built-ins. */
export interface CoachSettings {
  preferences: typeof DEFAULT_PREFERENCES;
  packs: PromptPack[];
}

/**
 * Follows, live, what the agent set and what their organisation manages (issue 20), and
 * reports the two merged (lib/policy/merge-settings.ts) after each change: the same merge
 * the options page shows. Outside React, for the coach session. Returns the stop.
 */
export function followCoachSettings(onChange: (settings: CoachSettings) => void): () => void {
  let parts = {
    agent: DEFAULT_PREFERENCES,
    ownPacks: [] as PromptPack[],
    managed: NO_POLICY.settings,
    choices: NO_CHOICES,
  };
  const stops: Array<() => void> = [];
  const follow = <T>(
    load: () => Promise<T>,
    watch: (callback: (value: T) => void) => () => void,
    take: (value: T) => Partial<typeof parts>,
  ) => {
    const set = (value: T) => {
      parts = { ...parts, ...take(value) };
      const effective = mergeSettings({ ...parts, defaults: DEFAULT_PREFERENCES });
      onChange({ preferences: effective.preferences, packs: effective.packs });
    };
    try {
      stops.push(watch(set));
      void load().then(set, () => undefined);
    } catch {
      // The extension was updated or removed under this page: the defaults stand until the sidebar goes stale.
    }
  };
  follow(loadPreferences, watchPreferences, (agent) => ({ agent }));
  follow(loadCustomPacks, watchCustomPacks, (ownPacks) => ({ ownPacks }));
  follow(loadOrganisationPolicy, watchOrganisationPolicy, (policy) => ({ managed: policy.settings }));
  follow(loadAgentChoices, watchAgentChoices, (choices) => ({ choices }));
  return () => stops.splice(0).forEach(quietly);
}

import { isStoredCustomSite, isStoredManagedSite } from '@/lib/sites/custom-site-check';
import {
  AGENT_CHOICES_KEY,
  CUSTOM_SITES_KEY,
  PAGE_RECIPES_KEY,
  ORGANISATION_POLICY_KEY,
  PREFERENCES_KEY,
  readStoredValue,
} from '@/lib/storage/storage-keys';

/**
 * What the detector needs from settings, read raw from the same keys the settings modules
 * use, without their schemas: the detector runs on every helpdesk page and must stay small.
 * Anything malformed counts as "nothing switched off" and "not added" (the options page
 * repairs stored values).
 */
export interface DetectorSettings {
  disabledHelpdesks: string[];
  /** Whether `origin` is a custom site the agent added and still grants, or one their organisation manages. */
  isCustomSite(origin: string): boolean;
  /** Whether the agent showed Heartdesk this site once (a page recipe is stored for it). */
  hasRecipe(origin: string): boolean;
}

export function hasStoredRecipe(stored: unknown, origin: string): boolean {
  const entry = stored && typeof stored === 'object' ? (stored as Record<string, unknown>)[origin] : undefined;
  return Boolean(entry && typeof entry === 'object');
}

export function disabledHelpdesksFrom(stored: unknown): string[] {
  const list = (stored as { disabledHelpdesks?: unknown } | null | undefined)?.disabledHelpdesks;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

export async function loadDetectorSettings(): Promise<DetectorSettings> {
  const [preferences, customSites, policy, choices, recipes] = await Promise.all([
    readStoredValue(PREFERENCES_KEY),
    readStoredValue(CUSTOM_SITES_KEY),
    readStoredValue(ORGANISATION_POLICY_KEY),
    readStoredValue(AGENT_CHOICES_KEY),
    readStoredValue(PAGE_RECIPES_KEY),
  ]);
  return {
    disabledHelpdesks: disabledHelpdesksFrom(preferences),
    isCustomSite: (origin) => isStoredCustomSite(customSites, origin) || isStoredManagedSite(policy, choices, origin),
    hasRecipe: (origin) => hasStoredRecipe(recipes, origin),
  };
}

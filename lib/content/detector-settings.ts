import { isStoredCustomSite } from '@/lib/sites/custom-site-check';
import { CUSTOM_SITES_KEY, PREFERENCES_KEY, readStoredValue } from '@/lib/storage/storage-keys';

/**
 * What the detector needs from settings, read raw from the same keys the settings modules
 * use, without their schemas: the detector runs on every helpdesk page and must stay small.
 * Anything malformed counts as "nothing switched off" and "not added" (the options page
 * repairs stored values).
 */
export interface DetectorSettings {
  disabledHelpdesks: string[];
  /** Whether `origin` is a custom site the agent added and still grants. */
  isCustomSite(origin: string): boolean;
}

export function disabledHelpdesksFrom(stored: unknown): string[] {
  const list = (stored as { disabledHelpdesks?: unknown } | null | undefined)?.disabledHelpdesks;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

export async function loadDetectorSettings(): Promise<DetectorSettings> {
  const [preferences, customSites] = await Promise.all([
    readStoredValue(PREFERENCES_KEY),
    readStoredValue(CUSTOM_SITES_KEY),
  ]);
  return {
    disabledHelpdesks: disabledHelpdesksFrom(preferences),
    isCustomSite: (origin) => isStoredCustomSite(customSites, origin),
  };
}

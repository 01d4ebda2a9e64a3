import {
  invalidPreferenceField,
  normalisePreferences,
  PREFERENCE_FIELDS,
  type Preferences,
} from '@/lib/storage/preference-fields';
import { PREFERENCES_KEY } from '@/lib/storage/storage-keys';
import { storage } from 'wxt/utils/storage';
import { createWriteQueue } from '@/lib/storage/write-queue';

/**
 * Small preferences, synced across the agent's browsers where the browser
 * offers sync (no ticket text ever goes here). Every item is versioned: bump the
 * version and add a migration, never reshape a released value in place.
 */

export { MAX_CUSTOM_JARGON, MAX_JARGON_LENGTH, NUMBER_LIMITS, type Preferences } from '@/lib/storage/preference-fields';

export const DEFAULT_PREFERENCES: Preferences = {
  enabledPromptSets: ['empathy', 'solutions-not-excuses', 'above-and-beyond', 'patience', 'self-care', 'gratitude'],
  disabledHelpdesks: [],
  mutedRules: [],
  sensitivity: 'medium',
  customJargon: [],
  maxNudgesShown: 2,
  maxNudgesPerTicket: 6,
  ruleCooldownMinutes: 10,
  quietMode: false,
  snoozedUntil: 0,
  preSendCheck: true,
  selfCare: true,
};

/**
 * Append-only: when `version` goes to N, add `N: (previous) => next` here and a
 * test that seeds the N-1 shape. Values are repaired on every read as well, so a
 * half-migrated or hand-edited value still loads (repairPreferences).
 */
export const PREFERENCES_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export const preferencesItem = storage.defineItem<Preferences>(PREFERENCES_KEY, {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
  migrations: PREFERENCES_MIGRATIONS,
});

/** Sidebar layout per site (host name), kept local: it describes this screen, not the person. */
export interface SidebarState {
  collapsed: boolean;
  /** 240–560 px (the resize handle clamps it). */
  width: number;
}
export const DEFAULT_SIDEBAR_STATE: SidebarState = { collapsed: false, width: 320 };

export const sidebarStateItem = storage.defineItem<Record<string, SidebarState>>('local:sidebarState', {
  fallback: {},
  version: 1,
});

/**
 * Reads preferences and repairs anything a newer or older build (or a sync
 * conflict) left malformed, field by field, so one bad value never resets the rest.
 */
export async function loadPreferences(): Promise<Preferences> {
  const stored: unknown = await preferencesItem.getValue();
  return repairPreferences(stored);
}

export function repairPreferences(stored: unknown): Preferences {
  const merged: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(PREFERENCE_FIELDS) as Array<keyof Preferences>) {
      const value = (stored as Record<string, unknown>)[key];
      if (PREFERENCE_FIELDS[key](value)) merged[key] = value;
    }
  }
  return normalisePreferences(merged as unknown as Preferences);
}

const preferencesWrites = createWriteQueue();

/** A patch, or a function of the latest stored value for list edits (so a change made in another tab is not overwritten). */
export type PreferencesPatch = Partial<Preferences> | ((current: Preferences) => Partial<Preferences>);

/** Applies a patch on top of the latest stored value; throws (and writes nothing) when the result is invalid. */
export function updatePreferences(patch: PreferencesPatch): Promise<Preferences> {
  return preferencesWrites(async () => {
    const current = await loadPreferences();
    const candidate = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const invalid = invalidPreferenceField(candidate);
    if (invalid) throw new Error(`Setting "${invalid}" has a value Heartdesk cannot keep.`);
    const next = normalisePreferences(candidate);
    await preferencesItem.setValue(next);
    return next;
  });
}

/** Calls back with repaired preferences whenever they change (another tab, another synced browser). */
export function watchPreferences(callback: (preferences: Preferences) => void): () => void {
  return preferencesItem.watch((value) => callback(repairPreferences(value)));
}

/** When the after-a-hard-conversation reset card last showed, so it appears at most once an hour. */
export const lastResetCardItem = storage.defineItem<number>('local:lastResetCardAt', { fallback: 0, version: 1 });

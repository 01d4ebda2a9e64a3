import { currentRuleIds, RENAMED_RULE_IDS } from '@/lib/engine/renamed-ids';
/**
 * What a valid preference value is, field by field, without a schema library:
 * these checks run in every helpdesk tab (the sidebar reads and writes
 * preferences), where bundling zod would cost tens of KB for a dozen fields.
 * The options page's form limits come from the same table.
 */

export const SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const MAX_CUSTOM_JARGON = 200;
export const MAX_JARGON_LENGTH = 60;

export interface Preferences {
  /** Ids of enabled prompt sets (built-in or custom). */
  enabledPromptSets: string[];
  /** Built-in helpdesk adapters switched off by the agent. */
  disabledHelpdesks: string[];
  mutedRules: string[];
  sensitivity: Sensitivity;
  customJargon: string[];
  maxNudgesShown: number;
  maxNudgesPerTicket: number;
  ruleCooldownMinutes: number;
  quietMode: boolean;
  snoozedUntil: number;
  preSendCheck: boolean;
  selfCare: boolean;
}

export const NUMBER_LIMITS = {
  maxNudgesShown: { min: 1, max: 5 },
  maxNudgesPerTicket: { min: 1, max: 50 },
  ruleCooldownMinutes: { min: 0, max: 240 },
  snoozedUntil: { min: 0, max: Number.MAX_SAFE_INTEGER },
} as const;

const stringList =
  (maxItems: number, maxLength: number, minLength = 0) =>
  (value: unknown): boolean =>
    Array.isArray(value) &&
    value.length <= maxItems &&
    value.every((item) => typeof item === 'string' && item.length >= minLength && item.length <= maxLength);

const integer =
  ({ min, max }: { min: number; max: number }) =>
  (value: unknown): boolean =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

const boolean = (value: unknown): boolean => typeof value === 'boolean';

export const PREFERENCE_FIELDS: { [K in keyof Preferences]: (value: unknown) => boolean } = {
  enabledPromptSets: stringList(100, 80),
  disabledHelpdesks: stringList(50, 40),
  mutedRules: stringList(200, 80),
  sensitivity: (value) => SENSITIVITIES.includes(value as Sensitivity),
  customJargon: stringList(MAX_CUSTOM_JARGON, MAX_JARGON_LENGTH, 1),
  maxNudgesShown: integer(NUMBER_LIMITS.maxNudgesShown),
  maxNudgesPerTicket: integer(NUMBER_LIMITS.maxNudgesPerTicket),
  ruleCooldownMinutes: integer(NUMBER_LIMITS.ruleCooldownMinutes),
  quietMode: boolean,
  snoozedUntil: integer(NUMBER_LIMITS.snoozedUntil),
  preSendCheck: boolean,
  selfCare: boolean,
};

/**
 * Jargon words are kept trimmed and non-empty, whatever the editor handed in; muted rules
 * saved under an id that was later renamed stay muted under the new one.
 */
export function normalisePreferences(
  preferences: Preferences,
  renames: Readonly<Record<string, string>> = RENAMED_RULE_IDS,
): Preferences {
  return {
    ...preferences,
    customJargon: preferences.customJargon.map((word) => word.trim()).filter(Boolean),
    mutedRules: currentRuleIds(preferences.mutedRules, renames),
  };
}

/** The first field that is not valid, or undefined when all are. */
export function invalidPreferenceField(candidate: Record<string, unknown>): keyof Preferences | undefined {
  return (Object.keys(PREFERENCE_FIELDS) as Array<keyof Preferences>).find(
    (key) => !PREFERENCE_FIELDS[key](candidate[key]),
  );
}

import { storage } from 'wxt/utils/storage';
import type { PromptPack } from '@/lib/prompts/schema';
import { isUsablePack } from '@/lib/storage/custom-packs-read';
import { PREFERENCE_FIELDS, SENSITIVITIES, type Preferences, type Sensitivity } from '@/lib/storage/preference-fields';
import { ORGANISATION_POLICY_KEY } from '@/lib/storage/storage-keys';

/**
 * The organisation's settings (issue 20) as the background validated them from the
 * browser's managed area (lib/policy/read-policy.ts). Every page and the sidebar read this
 * copy rather than the managed area itself: one validation decides for all of them, and
 * the sidebar never carries the schema library. Reading it only checks shapes, so a stale
 * or hand-edited copy can drop a setting but never break a helpdesk tab.
 */

/** The policy's settings, by the names an administrator writes (docs/deploying.md). */
export const MANAGED_SETTINGS = ['promptSets', 'sites', 'jargon', 'mutedRules', 'sensitivity', 'nudgeBudget'] as const;
export type ManagedSettingName = (typeof MANAGED_SETTINGS)[number];

export const BUDGET_FIELDS = ['maxNudgesShown', 'maxNudgesPerTicket', 'ruleCooldownMinutes'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];
export type NudgeBudget = Partial<Pick<Preferences, BudgetField>>;

/** A setting as the organisation gave it: locked, the agent cannot change it; unlocked, it is a default. */
export interface Managed<T> {
  value: T;
  locked: boolean;
}

export interface ManagedValues {
  promptSets?: Managed<PromptPack[]>;
  /** Whole origins, already normalised (`https://support.example.com`). */
  sites?: Managed<string[]>;
  jargon?: Managed<string[]>;
  mutedRules?: Managed<string[]>;
  sensitivity?: Managed<Sensitivity>;
  nudgeBudget?: Managed<NudgeBudget>;
}

/** One part of the policy that was ignored, and why, in the words the options page shows. */
export interface PolicyProblem {
  /** Where in the policy, like `promptSets.value[1].prompts[0].text`. */
  path: string;
  problem: string;
  /** How to put it right, when there is one thing to say. */
  fix?: string;
}

export interface OrganisationPolicy {
  settings: ManagedValues;
  problems: PolicyProblem[];
}

export const NO_POLICY: OrganisationPolicy = { settings: {}, problems: [] };

// A runaway policy cannot fill the options page: problems past this many are summed up.
export const MAX_POLICY_PROBLEMS = 50;

export const organisationPolicyItem = storage.defineItem<unknown>(ORGANISATION_POLICY_KEY, {
  fallback: null,
  version: 1,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const VALUE_CHECKS: { [K in ManagedSettingName]: (value: unknown) => boolean } = {
  promptSets: (value) => Array.isArray(value) && value.every(isUsablePack),
  sites: isStringList,
  jargon: isStringList,
  mutedRules: isStringList,
  sensitivity: (value) => SENSITIVITIES.includes(value as Sensitivity),
  nudgeBudget: (value) =>
    isObject(value) &&
    Object.entries(value).every(
      ([key, number]) =>
        (BUDGET_FIELDS as readonly string[]).includes(key) && PREFERENCE_FIELDS[key as BudgetField](number),
    ),
};

/** The stored copy, setting by setting: a malformed one is dropped, the others kept. */
export function repairOrganisationPolicy(stored: unknown): OrganisationPolicy {
  if (!isObject(stored)) return NO_POLICY;
  const settings: Record<string, Managed<unknown>> = {};
  const given = isObject(stored.settings) ? stored.settings : {};
  for (const name of MANAGED_SETTINGS) {
    const entry = given[name];
    if (isObject(entry) && typeof entry.locked === 'boolean' && VALUE_CHECKS[name](entry.value))
      settings[name] = { value: entry.value, locked: entry.locked };
  }
  const problems = Array.isArray(stored.problems)
    ? stored.problems
        .filter((problem): problem is PolicyProblem => isObject(problem) && typeof problem.path === 'string')
        .filter(
          (problem) => typeof problem.problem === 'string' && ['string', 'undefined'].includes(typeof problem.fix),
        )
        .slice(0, MAX_POLICY_PROBLEMS)
    : [];
  return { settings: settings as ManagedValues, problems };
}

/** Never rejects: a copy that cannot be read counts as no policy (the agent's own settings apply). */
export async function loadOrganisationPolicy(): Promise<OrganisationPolicy> {
  return repairOrganisationPolicy(await organisationPolicyItem.getValue().catch(() => null));
}

export function watchOrganisationPolicy(callback: (policy: OrganisationPolicy) => void): () => void {
  return organisationPolicyItem.watch((value) => callback(repairOrganisationPolicy(value)));
}

/** True when the organisation sets anything at all, or tried to. */
export function hasPolicy(policy: OrganisationPolicy): boolean {
  return Object.keys(policy.settings).length > 0 || policy.problems.length > 0;
}

/**
 * The organisation's items that apply now: all of them when the setting is locked, else the
 * ones the agent has not turned off (lib/storage/agent-choices.ts). Here rather than in
 * lib/policy because the site registration (lib/sites) needs it too.
 */
export function activeItems<T>(
  managed: Managed<readonly T[]> | undefined,
  declined: readonly string[],
  keyOf: (item: T) => string,
): T[] {
  if (!managed) return [];
  return managed.locked ? [...managed.value] : managed.value.filter((item) => !declined.includes(keyOf(item)));
}

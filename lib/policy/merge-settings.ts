import type { PromptPack } from '@/lib/prompts/schema';
import type { AgentChoices, ChoosableField } from '@/lib/storage/agent-choices';
import { activeItems, type Managed, type ManagedValues } from '@/lib/storage/organisation-policy';
import type { Preferences } from '@/lib/storage/preference-fields';

/**
 * The settings the coach applies: the agent's own, with their organisation's on top.
 * Pure, and free of the schema library (the sidebar runs it in every helpdesk tab).
 *
 * - A locked single value (sensitivity, a nudge budget number) is the organisation's.
 * - An unlocked one is a default: it applies until the agent sets that value themselves
 *   (recorded in their choices, or already different from the product's default).
 * - Lists (team prompt sets, jargon, muted rules, sites) add the organisation's items to the
 *   agent's own. A locked item always applies; an unlocked one until the agent turns it off.
 *
 * Nothing here writes: the agent's stored preferences stay theirs, so without a policy the
 * result is exactly what they had.
 */

/** Where a single value comes from: the agent, the organisation's default, or the organisation's lock. */
export type SettingSource = 'agent' | 'organisation' | 'locked';

/** One of the organisation's list items, as the options page shows it. */
export interface OrganisationItem {
  key: string;
  locked: boolean;
  /** The agent turned this (unlocked) suggestion off. */
  declined: boolean;
}

export interface EffectiveSettings {
  preferences: Preferences;
  /** Prompt sets beyond the built-ins: the organisation's, then the agent's own (same id: the organisation's wins). */
  packs: PromptPack[];
  source: Record<ChoosableField, SettingSource>;
  organisation: {
    promptSets: OrganisationItem[];
    sites: OrganisationItem[];
    jargon: OrganisationItem[];
    mutedRules: OrganisationItem[];
    /** Agent sets with the id of one of the organisation's, hidden while the policy is in place. */
    shadowedPacks: string[];
  };
}

interface MergeInput {
  agent: Preferences;
  ownPacks: readonly PromptPack[];
  managed: ManagedValues;
  choices: AgentChoices;
  defaults: Preferences;
}

const unique = (items: readonly string[], fold = (item: string) => item) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(fold(item)) && seen.add(fold(item)));
};

function itemsOf<T>(
  managed: Managed<readonly T[]> | undefined,
  declined: readonly string[],
  keyOf: (item: T) => string,
) {
  return (managed?.value ?? []).map((item) => ({
    key: keyOf(item),
    locked: managed!.locked,
    declined: !managed!.locked && declined.includes(keyOf(item)),
  }));
}

function single<K extends ChoosableField>(
  field: K,
  managed: Managed<Preferences[K] | undefined> | undefined,
  { agent, choices, defaults }: MergeInput,
): { value: Preferences[K]; source: SettingSource } {
  if (!managed || managed.value === undefined) return { value: agent[field], source: 'agent' };
  if (managed.locked) return { value: managed.value, source: 'locked' };
  const agentChose = choices.chosen.includes(field) || agent[field] !== defaults[field];
  return agentChose ? { value: agent[field], source: 'agent' } : { value: managed.value, source: 'organisation' };
}

export function mergeSettings(input: MergeInput): EffectiveSettings {
  const { agent, ownPacks, managed, choices } = input;
  const id = (item: string) => item;
  const budget = managed.nudgeBudget;
  const fields = {
    sensitivity: single('sensitivity', managed.sensitivity, input),
    maxNudgesShown: single('maxNudgesShown', budget && { ...budget, value: budget.value.maxNudgesShown }, input),
    maxNudgesPerTicket: single(
      'maxNudgesPerTicket',
      budget && { ...budget, value: budget.value.maxNudgesPerTicket },
      input,
    ),
    ruleCooldownMinutes: single(
      'ruleCooldownMinutes',
      budget && { ...budget, value: budget.value.ruleCooldownMinutes },
      input,
    ),
  };
  const orgPacks = managed.promptSets?.value ?? [];
  const orgPackIds = orgPacks.map((pack) => pack.id);
  const activePackIds = activeItems(managed.promptSets, choices.declined.promptSets, (pack) => pack.id).map(
    (pack) => pack.id,
  );
  const preferences: Preferences = {
    ...agent,
    sensitivity: fields.sensitivity.value,
    maxNudgesShown: fields.maxNudgesShown.value,
    maxNudgesPerTicket: fields.maxNudgesPerTicket.value,
    ruleCooldownMinutes: fields.ruleCooldownMinutes.value,
    customJargon: unique([...activeItems(managed.jargon, choices.declined.jargon, id), ...agent.customJargon], (word) =>
      word.toLowerCase(),
    ),
    mutedRules: unique([...activeItems(managed.mutedRules, choices.declined.mutedRules, id), ...agent.mutedRules]),
    enabledPromptSets: unique([
      ...agent.enabledPromptSets.filter((other) => !orgPackIds.includes(other)),
      ...activePackIds,
    ]),
  };
  return {
    preferences,
    packs: [...orgPacks, ...ownPacks.filter((pack) => !orgPackIds.includes(pack.id))],
    source: {
      sensitivity: fields.sensitivity.source,
      maxNudgesShown: fields.maxNudgesShown.source,
      maxNudgesPerTicket: fields.maxNudgesPerTicket.source,
      ruleCooldownMinutes: fields.ruleCooldownMinutes.source,
    },
    organisation: {
      promptSets: itemsOf(managed.promptSets, choices.declined.promptSets, (pack) => pack.id),
      sites: itemsOf(managed.sites, choices.declined.sites, id),
      jargon: itemsOf(managed.jargon, choices.declined.jargon, id),
      mutedRules: itemsOf(managed.mutedRules, choices.declined.mutedRules, id),
      shadowedPacks: ownPacks.filter((pack) => orgPackIds.includes(pack.id)).map((pack) => pack.id),
    },
  };
}

import { storage } from 'wxt/utils/storage';
import { AGENT_CHOICES_KEY } from '@/lib/storage/storage-keys';
import { createWriteQueue } from '@/lib/storage/write-queue';

/**
 * What the agent decided about their organisation's unlocked defaults (issue 20: "unlocked
 * managed values are defaults the agent may change"), kept apart from their preferences so
 * the preferences stay exactly the agent's own, whatever the policy says, and come back
 * unchanged when the policy is removed. Like a browser's "recommended" policies: once the
 * agent sets a value themselves, the organisation's default no longer replaces it.
 */

/** Single-value settings an organisation can suggest. */
export const CHOOSABLE_FIELDS = ['sensitivity', 'maxNudgesShown', 'maxNudgesPerTicket', 'ruleCooldownMinutes'] as const;
export type ChoosableField = (typeof CHOOSABLE_FIELDS)[number];

/** Lists an organisation can add items to; the agent may turn an unlocked item off. */
export const DECLINABLE_LISTS = ['promptSets', 'sites', 'jargon', 'mutedRules'] as const;
export type DeclinableList = (typeof DECLINABLE_LISTS)[number];

export interface AgentChoices {
  /** Settings the agent set themselves: their value wins over an unlocked organisation default. */
  chosen: ChoosableField[];
  /** The organisation's suggested items the agent turned off (prompt set ids, origins, words, rule ids). */
  declined: Record<DeclinableList, string[]>;
}

// Generous: an organisation lists at most a few hundred items per setting.
const MAX_DECLINED = 500;

export const NO_CHOICES: AgentChoices = {
  chosen: [],
  declined: { promptSets: [], sites: [], jargon: [], mutedRules: [] },
};

export const agentChoicesItem = storage.defineItem<unknown>(AGENT_CHOICES_KEY, { fallback: null, version: 1 });

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX_DECLINED) : [];

export function repairAgentChoices(stored: unknown): AgentChoices {
  const value = (stored ?? {}) as { chosen?: unknown; declined?: Record<string, unknown> };
  const declined = typeof value.declined === 'object' && value.declined !== null ? value.declined : {};
  return {
    chosen: strings(value.chosen).filter((field): field is ChoosableField =>
      (CHOOSABLE_FIELDS as readonly string[]).includes(field),
    ),
    declined: Object.fromEntries(
      DECLINABLE_LISTS.map((list) => [list, strings(declined[list])]),
    ) as AgentChoices['declined'],
  };
}

/** Never rejects: choices that cannot be read count as none made. */
export async function loadAgentChoices(): Promise<AgentChoices> {
  return repairAgentChoices(await agentChoicesItem.getValue().catch(() => null));
}

export function watchAgentChoices(callback: (choices: AgentChoices) => void): () => void {
  return agentChoicesItem.watch((value) => callback(repairAgentChoices(value)));
}

const choiceWrites = createWriteQueue();

function updateChoices(change: (current: AgentChoices) => AgentChoices): Promise<AgentChoices> {
  return choiceWrites(async () => {
    const next = change(await loadAgentChoices());
    await agentChoicesItem.setValue(next);
    return next;
  });
}

/** Remembers that the agent set these values themselves. */
export function recordChosen(fields: readonly ChoosableField[]): Promise<AgentChoices> {
  return updateChoices((current) => ({ ...current, chosen: [...new Set([...current.chosen, ...fields])] }));
}

/** Turns one of the organisation's suggested items off (declined) or back on. */
export function setDeclined(list: DeclinableList, item: string, declined: boolean): Promise<AgentChoices> {
  return updateChoices((current) => {
    const others = current.declined[list].filter((other) => other !== item);
    return { ...current, declined: { ...current.declined, [list]: declined ? [...others, item] : others } };
  });
}

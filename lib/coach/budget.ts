import type { Finding } from '@/lib/engine/types';
import { findingKey } from '@/lib/coach/select-nudges';

/**
 * The nudge budget of one ticket (issue 5): never more than `maxShown` at once,
 * never more than `maxPerTicket` different nudges introduced on a ticket, and a
 * rule the agent set aside with "Not now" stays quiet for `cooldownMs`.
 * A nudge already on screen keeps its place while its words are still there, so
 * cards do not shuffle as the agent types. Pure: time comes in as `now`.
 */

export interface BudgetState {
  /** Nudge keys introduced on this ticket, with when they first showed. */
  introduced: Record<string, number>;
  /** Rule id → when the agent last set one of its nudges aside. */
  restingSince: Record<string, number>;
  /** Finding keys set aside on this ticket. */
  dismissed: string[];
  /** Keys on screen after the last decision, in display order. */
  visible: string[];
}

export const EMPTY_BUDGET: BudgetState = { introduced: {}, restingSince: {}, dismissed: [], visible: [] };

export interface BudgetPolicy {
  maxShown: number;
  maxPerTicket: number;
  cooldownMs: number;
  /** Quiet mode or an active snooze: nothing is shown, nothing is spent. */
  silenced: boolean;
  now: number;
}

export function applyBudget(
  ranked: readonly Finding[],
  state: BudgetState,
  policy: BudgetPolicy,
): { shown: Finding[]; state: BudgetState } {
  if (policy.silenced) return { shown: [], state: { ...state, visible: [] } };
  const eligible = ranked.filter((finding) => !state.dismissed.includes(findingKey(finding)));
  const introduced = { ...state.introduced };
  const stay = eligible.filter((finding) => state.visible.includes(findingKey(finding)));
  const shown = stay.slice(0, policy.maxShown);
  for (const finding of eligible) {
    if (shown.length >= policy.maxShown) break;
    const key = findingKey(finding);
    if (shown.some((existing) => findingKey(existing) === key)) continue;
    const resting = state.restingSince[finding.ruleId];
    if (resting !== undefined && policy.now - resting < policy.cooldownMs) continue;
    const isNew = introduced[key] === undefined;
    if (isNew && Object.keys(introduced).length >= policy.maxPerTicket) continue;
    if (isNew) introduced[key] = policy.now;
    shown.push(finding);
  }
  return { shown, state: { ...state, introduced, visible: shown.map(findingKey) } };
}

/** "Not now": this finding leaves, and its rule rests for the cooldown. */
export function setAside(state: BudgetState, finding: Finding, now: number): BudgetState {
  const key = findingKey(finding);
  return {
    ...state,
    dismissed: [...state.dismissed, key],
    restingSince: { ...state.restingSince, [finding.ruleId]: now },
    visible: state.visible.filter((visibleKey) => visibleKey !== key),
  };
}

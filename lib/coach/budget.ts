import type { ProblemPoint } from '@/lib/coach/problem-points';

/**
 * The nudge budget of one ticket (issue 5): never more than `maxShown` cards at once, never
 * more than `maxPerTicket` different points introduced on a ticket, and a rule the agent set
 * aside with "Not now" stays quiet for `cooldownMs`. A card already on screen keeps its place
 * while its words are still there, so cards do not shuffle as the agent types. What the budget
 * holds back is counted, so the sidebar can say "+N more" (issue 14). Pure: time comes in as `now`.
 */

export interface BudgetState {
  /** Point keys introduced on this ticket, with when they first showed. */
  introduced: Record<string, number>;
  /** Rule id → when the agent last set one of its points aside. */
  restingSince: Record<string, number>;
  /** Point keys set aside on this ticket. */
  dismissed: string[];
  /** Keys on screen after the last decision, in display order. */
  visible: string[];
}

export const EMPTY_BUDGET: BudgetState = { introduced: {}, restingSince: {}, dismissed: [], visible: [] };

export interface BudgetPolicy {
  maxShown: number;
  maxPerTicket: number;
  cooldownMs: number;
  now: number;
}

export interface BudgetDecision {
  shown: ProblemPoint[];
  /** Points the agent has not set aside that the budget keeps off screen. */
  held: ProblemPoint[];
  state: BudgetState;
}

export function applyBudget(ranked: readonly ProblemPoint[], state: BudgetState, policy: BudgetPolicy): BudgetDecision {
  const resting = (point: ProblemPoint) => {
    const since = state.restingSince[point.lead.ruleId];
    return since !== undefined && policy.now - since < policy.cooldownMs;
  };
  const eligible = ranked.filter((point) => !state.dismissed.includes(point.key) && !resting(point));
  const introduced = { ...state.introduced };
  // In the order they were shown: a card merged with a later finding keeps its place (QA qa7: cards swapped at a pause).
  const place = (point: ProblemPoint) => state.visible.indexOf(point.key);
  const shown = eligible
    .filter((point) => place(point) !== -1)
    .sort((a, b) => place(a) - place(b))
    .slice(0, policy.maxShown);
  const held: ProblemPoint[] = [];
  for (const point of eligible) {
    if (shown.includes(point)) continue;
    const isNew = introduced[point.key] === undefined;
    if (shown.length >= policy.maxShown || (isNew && Object.keys(introduced).length >= policy.maxPerTicket)) {
      held.push(point);
      continue;
    }
    if (isNew) introduced[point.key] = policy.now;
    shown.push(point);
  }
  return { shown, held, state: { ...state, introduced, visible: shown.map((point) => point.key) } };
}

/** "Not now": this point leaves, and its rule rests for the cooldown. */
export function setAside(state: BudgetState, point: Pick<ProblemPoint, 'key' | 'lead'>, now: number): BudgetState {
  return {
    ...state,
    dismissed: [...state.dismissed, point.key],
    restingSince: { ...state.restingSince, [point.lead.ruleId]: now },
    visible: state.visible.filter((key) => key !== point.key),
  };
}

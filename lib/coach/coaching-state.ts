import { EMPTY_BUDGET, setAside, type BudgetState } from '@/lib/coach/budget';
import type { ProblemPoint } from '@/lib/coach/problem-points';
import type { ShownCheck } from '@/lib/coach/steady-check';

/**
 * What the coach remembers about one ticket: what it showed, what the agent set aside or
 * finished, what was saved and sent. A new ticket (generation) starts from nothing, so no
 * card of the previous ticket can come back (quality.md 22).
 */
export interface TicketCoaching {
  generation: number;
  budget: BudgetState;
  /** Points done on this ticket ("check:feelings", "moment:thanks"): prompts about them never return. */
  retired: string[];
  /** Prompts ("pack/prompt") the agent set aside, or whose card's problem was fixed. */
  retiredPrompts: string[];
  /** The agent asked to see every point ("+N more"). */
  showAll: boolean;
  winSaved: boolean;
  /** The reply was sent (a substantial draft emptied on the same ticket). */
  sent: boolean;
  reset: 'none' | 'offered' | 'closed';
  /** Problem points on screen after the last decision: key → the rule and words, to tell "fixed" from "left". */
  onScreen: Record<string, { ruleId: string; words: string; promptId?: string }>;
  /** Points whose "seen" / "acted on" was counted (once per ticket and point, issue 14). */
  seen: string[];
  acted: string[];
  /** Point key → the rewrite the agent copied, to count it as used once it is in the draft. */
  copied: Record<string, string>;
  /** The last draft and the pre-send items it had done, to know what a sent reply did. */
  lastDraft: string;
  lastDone: string[];
  /** The pre-send check on screen: it changes at sentence ends and pauses, not on every key (steady-check.ts). */
  check: ShownCheck | null;
}

export function freshCoaching(generation: number): TicketCoaching {
  return {
    generation,
    budget: EMPTY_BUDGET,
    retired: [],
    retiredPrompts: [],
    showAll: false,
    winSaved: false,
    sent: false,
    reset: 'none',
    onScreen: {},
    seen: [],
    acted: [],
    copied: {},
    lastDraft: '',
    lastDone: [],
    check: null,
  };
}

export type CoachAction =
  | { type: 'not-now'; point: Pick<ProblemPoint, 'key' | 'lead'> }
  | { type: 'prompt-not-now'; promptId: string }
  | { type: 'show-all' }
  | { type: 'rewrite-copied'; key: string; text: string }
  | { type: 'win-saved' }
  | { type: 'reset-closed' };

/** The agent's actions, applied to the ticket they were taken on. */
export function applyAction(state: TicketCoaching, action: CoachAction, now: number): TicketCoaching {
  switch (action.type) {
    case 'not-now':
      return { ...state, budget: setAside(state.budget, action.point, now) };
    case 'prompt-not-now':
      return { ...state, retiredPrompts: [...state.retiredPrompts, action.promptId] };
    case 'show-all':
      return { ...state, showAll: true };
    case 'rewrite-copied':
      return { ...state, copied: { ...state.copied, [action.key]: action.text } };
    case 'win-saved':
      return { ...state, winSaved: true, retired: [...state.retired, 'moment:thanks', 'moment:thank-back'] };
    case 'reset-closed':
      return { ...state, reset: 'closed' };
  }
}

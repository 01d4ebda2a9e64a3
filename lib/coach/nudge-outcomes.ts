import type { NudgeEventName } from '@/lib/coach/view';
import { BLANK } from '@/lib/coach/blanks';
import type { ProblemPoint } from '@/lib/coach/problem-points';
import type { TicketCoaching } from '@/lib/coach/coaching-state';

/**
 * The agent's private nudge stats (issue 14: "stats that count right"):
 * - "seen" once per ticket and point, however often the card re-renders;
 * - "acted on" once per ticket and point, only when the card left because the draft changed
 *   at that point (its words are gone while the draft is still there) or the copied rewrite
 *   is in the draft. Leaving the ticket, sending (the draft empties), "Not now", muting or
 *   quiet mode are not acting on it.
 */
export interface NudgeCount {
  ruleId: string;
  event: NudgeEventName;
}

/** The part of a copied rewrite up to its first blank: what is in the draft once the agent pasted it. */
function rewriteUsed(rewrite: string, draft: string): boolean {
  const fixed = rewrite.split(BLANK)[0]!.trim().toLowerCase();
  return fixed.length >= 12 && draft.toLowerCase().includes(fixed);
}

export function countOutcomes(
  state: TicketCoaching,
  shown: readonly ProblemPoint[],
  draft: string,
  mutedRules: readonly string[],
): { counts: NudgeCount[]; seen: string[]; acted: string[] } {
  const counts: NudgeCount[] = [];
  const seen = [...state.seen];
  const acted = [...state.acted];
  for (const point of shown) {
    if (seen.includes(point.key)) continue;
    seen.push(point.key);
    counts.push({ ruleId: point.lead.ruleId, event: 'seen' });
  }
  const lowered = draft.toLowerCase();
  const stillShown = new Set(shown.map((point) => point.key));
  for (const [key, { ruleId, words }] of Object.entries(state.onScreen)) {
    if (acted.includes(key) || mutedRules.includes(ruleId) || state.budget.dismissed.includes(key)) continue;
    const copied = state.copied[key];
    const fixedHere = !stillShown.has(key) && draft.trim() !== '' && !lowered.includes(words.toLowerCase());
    if (fixedHere || (copied !== undefined && rewriteUsed(copied, draft))) {
      acted.push(key);
      counts.push({ ruleId, event: 'acted' });
    }
  }
  return { counts, seen, acted };
}

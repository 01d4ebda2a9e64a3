import type { Finding } from '@/lib/engine/types';
import { builderFor } from '@/lib/coach/rewrites/index';
import { INSTEAD, WHAT } from '@/lib/coach/rewrites/ways-forward';

/**
 * Which rewrite a card with several findings offers, chosen by a stable preference rather than by
 * which finding happens to sort first (walk 2026-12-07 #3, item 4: "Currency is determined by your
 * bank, not by us." lost its own rewrite, "Your bank determines currency, and I'll take it up with
 * them", to the generic "Here's what I can do to put it right: [what you can do]" once a blame
 * finding on "not by us" joined the card, only because that finding came first). Each finding's
 * change is followed until the whole card is clear, and the most specific way wins: the one whose
 * best rewrite leaves the fewest remedies for the agent to invent ("[what you can do]"), since a
 * builder that read the sentence's shape says what happens next ("I'll take it up with them"),
 * where a fallback can only leave a blank. Details to fill ("[when]", "[who can help]") do not
 * count against a rewrite, and a tie keeps the findings' order. Findings on the same words are not
 * weighed against each other (rewrite-card.ts): "the patient's responsibility" is blame, "the
 * landlord's responsibility" passing it on, and only who the party is tells them apart.
 */
export interface Way {
  /** Rewrites that clear the whole card, in the order its builders gave them. */
  rewrites: string[];
}

const REMEDIES_TO_INVENT = [WHAT, INSTEAD];
const remediesLeft = (rewrite: string) => REMEDIES_TO_INVENT.filter((blank) => rewrite.includes(blank)).length;
const leastLeft = (way: Way) => Math.min(...way.rewrites.map(remediesLeft));

/** The rewrites of the most specific way (ways given in the findings' order); empty when none clears the card. */
export function preferredWay(ways: readonly Way[]): string[] {
  let chosen: Way | undefined;
  for (const way of ways) if (way.rewrites.length > 0 && (!chosen || leastLeft(way) < leastLeft(chosen))) chosen = way;
  return chosen?.rewrites ?? [];
}

/** Every change the targets' builders make to `sentence`, in the targets' order. */
export function changesBy(sentence: string, targets: readonly Finding[]): string[] {
  const built = targets.flatMap((target) => builderFor(target)?.({ sentence, span: target }) ?? []);
  return [...new Set(built)].filter((rewrite) => rewrite !== sentence);
}

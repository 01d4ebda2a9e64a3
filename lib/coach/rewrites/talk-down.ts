import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { clauseAround, cut, substantial } from '@/lib/coach/rewrites/sentence-edits';

/**
 * "You were told", "everyone else manages", a curt verdict: the clause that talks down goes,
 * the information stays ("Prices rise in April, as stated on every bill" → "Prices rise in
 * April"). A sentence that was only the put-down ("You knew that.") gives way to the answer.
 */
const SHORT_ANSWER = "Here's the short answer: [the answer, in plain words].";

export const talkDown: RewriteBuilder = ({ sentence, span }) => {
  const rest = cut(sentence, clauseAround(sentence, span));
  return [substantial(rest) ? rest : SHORT_ANSWER];
};

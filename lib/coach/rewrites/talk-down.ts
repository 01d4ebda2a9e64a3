import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { capitalise, clauseAround, cut, find, replace, substantial, tidy } from '@/lib/coach/rewrites/sentence-edits';

/**
 * "You were told", "everyone else manages", a curt verdict: the clause that talks down goes,
 * the information stays ("Prices rise in April, as stated on every bill" → "Prices rise in
 * April"). A sentence that was only the put-down ("You knew that.") gives way to the answer.
 */
const SHORT_ANSWER = "Here's the short answer: [the answer, in plain words].";
// "Zone numbers are shown on every single sign": the fact stays, the exasperation goes.
const EVERY_SINGLE = /\bevery single\b/i;
// "Many customers forget that heating uses more in winter": the fact after "that" is the answer.
const OTHERS_FORGET =
  /^(?:many|most|lots of|plenty of|a lot of) (?:[\w-]+ )?[\w-]+s (?:forget|overlook|don't realise|don't realize|do not realise|do not realize) that (.+)$/i;

export const talkDown: RewriteBuilder = ({ sentence, span }) => {
  const flagged = sentence.slice(span.start, span.end);
  if (EVERY_SINGLE.test(flagged)) {
    const single = find(sentence, EVERY_SINGLE);
    if (single) return [replace(sentence, single, 'every')];
  }
  const forget = find(sentence, OTHERS_FORGET);
  const fact = forget?.groups[0]?.trim();
  if (fact && substantial(fact)) return [capitalise(tidy(fact))];
  const rest = cut(sentence, clauseAround(sentence, span));
  return [substantial(rest) ? rest : SHORT_ANSWER];
};

import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { baseOf, participleOf } from '@/lib/coach/rewrites/verb-forms';
import {
  clauseAround,
  cut,
  find,
  lowerFirst,
  replace,
  substantial,
  tidy,
  withoutEnd,
} from '@/lib/coach/rewrites/sentence-edits';
import { WHAT, WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * Blame: the customer stops being the subject of the mistake. What they "should have done" goes,
 * and the fix comes instead (QA 2026-12-07: "A tip for next time: check the tracking page before
 * ordering again" still lectured, hindsight dressed as a tip); what they "didn't do" becomes what
 * happened (the form wasn't submitted); a guess at their fault goes, and the fix comes instead. A
 * habit they are asked to keep "in future" stays as help worth having, without the "next time".
 * Source: coaching seed 002 ("it is easier to recognise someone else's contribution to what went
 * wrong") and the rule's advice (describe what happened without making the customer the subject).
 */

const TIP = 'It can help to';
// Numbers and names (a capital inside the clause) are facts worth keeping.
const FACT = /\d|\s\p{Lu}/u;
const FIX = `Here's what I can do to put it right: ${WHAT}, by ${WHEN}.`;
const FOR_NOW = ` Here's what I can do now: ${WHAT}.`;

// "you should have checked the colour code", "you failed to enter the code", "if you'd turned on sync".
const SHOULD_HAVE =
  /\byou (?:should(?: have|'ve)|failed to|forgot to|neglected to|(?:obviously |clearly )?(?:didn't|did not|never)) ([\w-]+)\b([^,;.!?]*)/i;
const IF_YOU_HAD = /\bif you(?:'d| had) (?:\w+ly )?([\w-]+)\b([^,;.!?]*)/i;
const WHEN_USERS_DONT =
  /\bthis (?:happens|is what happens) when (?:users|customers|people|you) (?:don't|do not|forget to|fail to|ignore) ([\w-]+)\b([^,;.!?]*)/i;
const BECAUSE_YOU_DIDNT =
  /\b(because|since) you (?:didn't|did not|failed to|forgot to) (\w+) ((?:the|your|a|an|this|that) [\w-]+(?: (?!within|by|to|on|in|at|for|before|after|until|with|from)[\w-]+)?)\b/i;
const WRONG_THING =
  /\byou (?:entered|typed|selected|chose|picked|gave us|put in|booked|used) (?:the |a )?wrong ([\w-]+)/i;
const ON_YOU =
  /\b(that|it|this)(?:'s| is) (?:on your (?:end|side)|(?:all )?on you|your (?:own )?(?:fault|mistake|error)|user error)\b/i;
// A condition left on its own once the verdict goes ("If it's been dropped, that's on you").
const CONDITION_ONLY = /^\s*(?:if|when|unless|once)\b/i;
// "you must have changed GP (without telling us)": the thing must be more than a pronoun.
const MUST_HAVE =
  /\byou (?:must|might|probably) have ([\w-]+) ((?:the |your |a |an )?(?!it\b|this\b|that\b|them\b|yourself\b)[\w-]+(?: (?!without|by|to|on|in|at|for|before|after|yourself)[\w-]+)?)/i;
const NEXT_TIME = /(?<!\s)\s*\b(?:next time|in (?:the )?future)\b/i;
const MAKE_SURE = /^(?:please )?(?:make sure (?:to|you)|remember to|be sure to|please)\s+/i;
const CAME_IN_LATE =
  /\byour (request|order|form|payment|claim|booking|application) (?:came in|was sent|was submitted|arrived|was made) (?:too )?late\b/i;

/** "check your spam folder" as help worth having, not as what they got wrong. */
function tip(action: string): string {
  return tidy(`${TIP} ${action.trim()}.`) + FOR_NOW;
}

export const blame: RewriteBuilder = ({ sentence, span }) => {
  const because = find(sentence, BECAUSE_YOU_DIDNT);
  if (because) {
    const [joint = 'because', verb = '', thing = ''] = because.groups;
    const were = /s$/.test(thing) && !/ss$/.test(thing) ? "weren't" : "wasn't";
    return [replace(sentence, because, `${joint} ${thing} ${were} ${participleOf(verb)}`)];
  }
  const wrong = find(sentence, WRONG_THING);
  if (wrong) {
    const thing = wrong.groups[0]!;
    const was = /s$/.test(thing) ? 'were' : 'was';
    return [
      `${withoutEnd(replace(sentence, wrong, `the ${thing} ${was} wrong`))}, and here's what I can do to fix the ${thing}: ${WHAT}, by ${WHEN}.`,
    ];
  }
  const onYou = find(sentence, ON_YOU);
  if (onYou) {
    const after = sentence.slice(onYou.end);
    // "That's user error and isn't covered" → "That isn't covered".
    if (/^\s+and\s+/i.test(after)) return [tidy(`${onYou.groups[0]} ${after.replace(/^\s+and\s+/i, '')}`)];
    const rest = cut(sentence, clauseAround(sentence, onYou));
    return [substantial(rest) && !CONDITION_ONLY.test(rest) ? `${withoutEnd(rest)}. ${FIX}` : FIX];
  }
  const late = find(sentence, CAME_IN_LATE);
  if (late) return [replace(sentence, late, `your ${late.groups[0]} reached us after the deadline`)];
  for (const pattern of [SHOULD_HAVE, IF_YOU_HAD, WHEN_USERS_DONT]) {
    const found = find(sentence, pattern);
    if (!found) continue;
    const [verb = '', rest = ''] = found.groups;
    const action = `${baseOf(verb)}${rest}`;
    const clause = clauseAround(sentence, found);
    const before = sentence.slice(0, clause.start).replace(/(?<![\s,])[\s,]*$/, '');
    const after = sentence.slice(clause.end).replace(/^[\s,;]*/, '');
    // What else the sentence said stays when it carries facts ("so the reservation was made for June").
    const kept = [before, after].filter((part) => substantial(part) && FACT.test(part)).join(', ');
    // What they should have done is hindsight: it goes, and the fix comes. Only a fact they will need
    // ("15 minutes early", "before clicking Pay") stays, said as help rather than as their mistake.
    const instead = FACT.test(action) ? tip(action) : FIX;
    return [kept ? `${withoutEnd(kept)}. ${instead}` : instead];
  }
  // "Please make sure to check your spam folder in future": already a tip, said as a scolding.
  const nextTime = find(sentence, NEXT_TIME);
  if (nextTime) {
    const action = replace(sentence, nextTime, '').replace(MAKE_SURE, '');
    return [tip(lowerFirst(withoutEnd(action)))];
  }
  // "You must have changed GP": the guess goes, the fact it names stays ("GP was changed").
  const guess = find(sentence, MUST_HAVE);
  // "uploaded an old one": the thing is only an adjective, so there is no fact to keep.
  if (guess && !/^\s+ones?\b/i.test(sentence.slice(guess.end))) {
    const [verb = '', thing = ''] = guess.groups;
    const was = /s$/.test(thing) && !/ss$/.test(thing) ? 'were' : 'was';
    return [`It looks like ${thing} ${was} ${participleOf(baseOf(verb))}. ${FIX}`];
  }
  // A guess at the customer's fault ("you must have removed it yourself") goes; the fix comes instead.
  const rest = cut(sentence, clauseAround(sentence, span));
  return [substantial(rest) ? `${withoutEnd(rest)}. ${FIX}` : FIX];
};

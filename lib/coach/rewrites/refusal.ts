import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { gerundOf } from '@/lib/coach/rewrites/verb-forms';
import { clauseAround, cut, find, replace, substantial, tidy, withoutEnd } from '@/lib/coach/rewrites/sentence-edits';
import {
  andWhatICanStillDo,
  butICan,
  butWhoCan,
  HERE_IS_WHAT_I_CAN_DO,
  WHAT,
  WHEN,
} from '@/lib/coach/rewrites/ways-forward';

/**
 * Refusals: "unfortunately we can't …", a bare "no", "nothing I can do". The "no" may stay
 * (saying no can be right, coaching seed 000); what changes is that it comes with a way
 * forward, and the refused action becomes what the agent will do instead.
 */

const REGRET_WORDS =
  /\b(?:unfortunately|sadly|regrettably|I'm afraid|I am afraid|I regret to (?:say|inform you)(?: that)?)\b,?\s*|(?:,|(?<!\s))\s*\b(?:I'm afraid|unfortunately|I'm sorry)(?=[.!?]?$)/gi;

/** The sentence without its regret words ("Unfortunately, we cannot issue refunds" → "We cannot issue refunds"). */
export function withoutRegret(sentence: string): string {
  // Mid-sentence the regret words leave a comma behind ("not possible I'm afraid, the centre…").
  return tidy(sentence.replace(REGRET_WORDS, (_, offset: number) => (offset === 0 ? '' : ', ')));
}

/** "excuse-unfortunately": the regret words go; the "no" itself is the bare-no builder's job. */
export const regret: RewriteBuilder = ({ sentence }) => {
  const plain = withoutRegret(sentence);
  return plain !== tidy(sentence) && substantial(plain) ? [plain] : [];
};

// "we can't refund items bought on sale": subject, negation, the refused verb and what follows.
const REFUSED_ACTION =
  /^(?:(?:I|we)(?:'re| are|'m| am)? (?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|aren't able to|don't|do not|won't|will not))\s+(?!do\b|help\b|anything\b)(\w+)\s+([^,;]+)/i;
// Sentences that say only "nothing can be done": nothing of them is worth keeping.
const NOTHING_TO_DO =
  /^(?:there(?:'s| is)(?: not)? (?:no way|nothing|not (?:much|a lot|anything))|nothing (?:more |else )?(?:I|we) can do|there isn't (?:anything|much)|(?:I|we) can't do anything)\b/i;

/** "no-alternative": the "no" gets who or when, and the refused action becomes what the agent will do. */
export const bareNo: RewriteBuilder = ({ sentence }) => {
  const plain = withoutRegret(sentence);
  if (NOTHING_TO_DO.test(plain)) return [HERE_IS_WHAT_I_CAN_DO];
  const rewrites = [butICan(plain)];
  const refused = find(withoutEnd(plain), REFUSED_ACTION);
  const tail = refused ? withoutEnd(plain).slice(refused.end) : '';
  // "Instead of refunding items bought on sale, I can …" reads well only when the "no" is the whole sentence.
  if (refused && !substantial(tail)) {
    const [verb = '', rest = ''] = refused.groups;
    rewrites.push(tidy(`Instead of ${gerundOf(verb)} ${rest}, I can ${WHAT} by ${WHEN}.`));
  } else {
    rewrites.push(butWhoCan(plain));
  }
  return rewrites;
};

const HELPLESS_ABILITY =
  /\b(?:I|we) (?:don't|do not) have the (?:ability|power|authority|permission) to (\w+(?: \w+)*?)(?=[,;.!?]|$)/i;

/** "excuse-helpless": "our hands are tied" becomes what is still in the agent's power. */
const NO_CONTROL = /\b(I|we) (?:have|'ve got) no (?:control|say|influence) over\b/i;

export const helpless: RewriteBuilder = ({ sentence, span }) => {
  // "we have no control over the courier's schedule": a plain "no" that can get its way forward.
  const noControl = find(withoutRegret(sentence), NO_CONTROL);
  if (noControl) return [replace(withoutRegret(sentence), noControl, `${noControl.groups[0]} can't change`)];
  const ability = find(sentence, HELPLESS_ABILITY);
  if (ability) {
    const [action = ''] = ability.groups;
    return [replace(sentence, ability, `I can't ${action} myself, but I'll ask [who can help] to do it by ${WHEN}`)];
  }
  const clause = clauseAround(sentence, span);
  const rest = cut(sentence, clause);
  if (!substantial(rest)) return [HERE_IS_WHAT_I_CAN_DO.replace('I can do', 'I can still do')];
  return [andWhatICanStillDo(rest)];
};

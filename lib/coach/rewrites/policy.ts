import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { clauseAround, cut, find, replace, substantial, tidy } from '@/lib/coach/rewrites/sentence-edits';
import { andHereIsWhatICanDo, WHAT, WHEN, WHO } from '@/lib/coach/rewrites/ways-forward';

/**
 * Policy as the reason: the rule book goes, what the rule means for the customer stays.
 * Source: coaching seed 002 (people follow "policies and procedures" instead of the customer);
 * the rule's own advice: lead with what you can do, and give a rule's reason in plain words.
 */

// A rule as the whole answer: the reason for it is what only the agent can give.
const REASON_FOR_THE_RULE = `This rule is there to [what it protects for them], and here's what I can do: ${WHAT}, by ${WHEN}.`;

const CITED_AT = /\b(?:listed|written|stated|set out|explained|covered) in ((?:your|our|the) [^.!?]*\d[^.!?]*)/i;
const AGAINST_POLICY_TO = /\b(?:it's|it is|that's|that is) against (?:our |the |company )?polic(?:y|ies) to\b/i;
const POLICY_TO = /\b(?:it's|it is|that's|that is) (?:our |company |the company's |the )?polic(?:y|ies) to\b/i;
const NOT_ALLOWED_TO = /\b(I|we)(?:'m| am|'re| are) not (?:allowed|permitted|authori[sz]ed) to (\w+)/i;
const POLICY_SAYS = /\b(?:(?:our|the|company|store) )?polic(?:y|ies) (?:says|say|states|state)(?: that)?\s*/i;
const PER_POLICY =
  /(?:,|(?<!\s))\s*\b(?:because of|due to|per|as per|under|according to|against) (?:our|the|company|store) (?:\w+ )?(?:polic(?:y|ies)|terms of service|terms and conditions|terms|t&cs|rules|regulations)\b(?: (?:you|we) (?:agreed to|accepted|signed))?,?/i;
const NO_EXCEPTIONS = /\b(I|we) (?:don't|do not|can't|cannot|never) make (?:any )?exceptions?\b/i;

export const policy: RewriteBuilder = ({ sentence, span }) => {
  const against = find(sentence, AGAINST_POLICY_TO);
  if (against) return [replace(sentence, against, "we can't")];
  const policyTo = find(sentence, POLICY_TO);
  if (policyTo) return [andHereIsWhatICanDo(replace(sentence, policyTo, 'we'))];
  const notAllowed = find(sentence, NOT_ALLOWED_TO);
  if (notAllowed) {
    const [subject = 'I', verb = ''] = notAllowed.groups;
    const withWho = tidy(`${WHO} can ${verb}${sentence.slice(notAllowed.end)}`).replace(/[.!?]$/, '');
    return [
      replace(sentence, notAllowed, `${subject} can't ${verb}`),
      `${withWho}, and I'll ask them for you by ${WHEN}.`,
    ];
  }
  const says = find(sentence, POLICY_SAYS);
  if (says) return [replace(sentence, says, '')];
  const per = find(sentence, PER_POLICY);
  if (per) return [replace(sentence, per, per.start === 0 ? '' : ' ')];
  const exceptions = find(sentence, NO_EXCEPTIONS);
  if (exceptions) {
    const [subject = 'we'] = exceptions.groups;
    return [
      replace(
        sentence,
        exceptions,
        `${subject} don't usually make exceptions, but I'll ask ${WHO} about yours by ${WHEN}`,
      ),
    ];
  }
  // "It's listed in your policy schedule, page 3": where it is written is a fact the customer can use.
  const cited = find(sentence, CITED_AT);
  if (cited) return [`${REASON_FOR_THE_RULE.slice(0, -1)} (it's in ${cited.groups[0]!.trim()}).`];
  // "it's our policy", "rules are rules", "that's stated in our terms": the clause goes.
  const rest = cut(sentence, clauseAround(sentence, span));
  return substantial(rest) ? [rest, andHereIsWhatICanDo(rest)] : [REASON_FOR_THE_RULE];
};

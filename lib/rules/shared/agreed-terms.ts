import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * The customer's own signature held up as the answer: "You signed the agreement at the till",
 * "the fee is in the T&Cs you accepted", "You agreed to it." Drafts by people who never saw
 * these rules close the door this way (issue 15). Next to an offer it only explains, so the
 * no-alternative rule counts it only as the whole answer.
 */
// What was signed must be a rule book: "You accepted the quote on Monday and the engineer is booked" is news.
const PAPER =
  '(?:contract|agreement|terms|t&cs?|conditions|declaration|policy|mandate|waiver|paperwork|documents?|check sheet|delivery note|small print)';

const AGREED = anchoredShapes([
  [
    "signed accepted agreed consented you've",
    `you(?:'ve| have)? (?:signed|accepted|agreed to|consented to) (?:(?:the|your|our|a|these|those) (?:[\\w-]+ ){0,2}?${PAPER}|(?:it|this|that|them|these|those)[.!])|${PAPER},? (?:which |that )?you(?:'ve| have)? (?:signed|accepted|agreed to|consented to)\\b`,
  ],
]);

export const findAgreedTerms = (context: RuleContext): Span[] => matchAnchoredGroups(context, AGREED);

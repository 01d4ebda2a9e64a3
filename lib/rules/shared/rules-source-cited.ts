import type { RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';

/**
 * "Seat fees are non-refundable, as outlined in our terms." names where a rule lives, after the
 * rule itself: the training drafts by other hands label it a refusal or blame, rarely talking down
 * (5 of 24). Opening the sentence ("As stated in your policy, …", 39 of 41) or pointing at what
 * they were sent or shown ("as stated on the product page", "as explained in the manual") it is
 * the pointed reminder, and stays.
 */
const CITATION_OF_RULES =
  /^as (?:clearly |previously |already )?(?:stated|set out|explained|outlined|shown|detailed|noted|mentioned|described|indicated|disclosed) (?:in|on|at|under) (?:the|our|your|its|their) (?:[\w&'-]+ ){0,3}?(?:terms|t&cs|t&c|t & cs|contract|agreement|policy|conditions|regulations|rules|eula|schedule|wording|tariff|code of conduct)\b/i;
// Only a greeting or a name before the citation: it still opens the sentence.
const OPENING = /^\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?]{0,40}[,.!]?\s*)?$/i;

export function citesRulesAfterTheRule(context: RuleContext, span: Span): boolean {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  if (!sentence) return false;
  const before = context.lintable.slice(sentence.start, span.start);
  if (OPENING.test(before)) return false;
  return CITATION_OF_RULES.test(context.lintable.slice(span.start, sentence.end));
}

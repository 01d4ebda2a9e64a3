import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * "No" said as a verdict rather than as "we can't": who alone may do it, a rule that does not
 * apply, a fault that is not one, the end of the road. Drafts by people who never saw these
 * rules refuse this way (issue 15): "Only the account holder can discuss the account",
 * "Compensation does not apply", "Cosmetic marks are not a fault", "Not much we can do",
 * "Our decision remains unchanged". Like every refusal, they count only with nothing after them.
 */
export const VERDICT_REFUSALS = anchoredShapes([
  // Opens the sentence: "the only one who can…" mid-sentence often offers ("only you can choose").
  [
    'only',
    '^only (?:the |a |an )?(?:[a-z-]+ ){0,3}?(?:can|may|is (?:permitted|allowed|eligible)|are (?:permitted|allowed|eligible))\\b',
  ],
  [
    'only',
    "(?:we're|we are|this is|it's|it is) (?:an? )?[a-z]+-only (?:service|bank|business|company|shop|store|platform|site|venue|event|line)\\b",
  ],
  [
    'apply waiver appeal refund review negotiation classed classified counted regarded thing',
    "(?:does|will|would) not apply\\b|(?:doesn't|won't) apply\\b|not subject to (?:waiver|appeal|refund|review|negotiation)\\b|(?:isn't|aren't|is not|are not) (?:classed|classified|counted|regarded) as\\b|(?:isn't|aren't) a thing\\b",
  ],
  // A fault denied as the answer: "not a fault", "normal wear and tear".
  [
    'fault defect wear behaviour behavior',
    'not (?:a |an )?(?:fault|defect)\\b|normal wear\\b|(?:expected|normal) (?:behaviour|behavior)\\b',
  ],
  [
    'further more much',
    'nothing (?:further|more) (?:that )?(?:we|I) can (?:do|offer)\\b|not much (?:more |else )?(?:that )?(?:we|I) can do\\b|not be (?:corresponding|responding|commenting) further\\b',
  ],
  // No power to act, or nothing that can be done, as the answer: "the council has no power to
  // intervene", "Nothing can be expedited", "we don't have visibility of their lists".
  [
    'power powers authority jurisdiction remit nothing visibility sight control say influence',
    "(?:has|have) no (?:power|powers|authority|jurisdiction|remit)\\b|nothing (?:can|could|will) be (?:[a-z]+ed|done)\\b|(?:we|I) (?:don't|do not) have (?:any )?(?:visibility|sight|control|say|influence) (?:of|over|on|into)\\b",
  ],
  ['decision position', '(?:decision|position) (?:remains|stands|has not changed|is unchanged)\\b'],
]);

import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Talking down, in sentence shapes mined from drafts written by people who never saw the rules
 * (issue 15), kept apart from condescension-told-you's own list so each shape can be weighed on
 * its own. Every shape here judges the customer or closes the subject; none names a step we take.
 */

/**
 * Closing the subject: the way things are, said as the whole explanation ("That's just how
 * broadband works.", "That's what annual means.", "Every bank does it.", "you'd find the same
 * everywhere"). Naming how something works for them ("that's how the refund will work") is help,
 * so the verb must end the clause.
 */
export const CLOSING_THE_SUBJECT = anchoredShapes([
  [
    'works work means mean',
    "(?:that's|that is|it's|it is) (?:just |simply |literally )?(?:how|what) (?:[\\w-]+ ){0,3}(?:works?|means?)(?: everywhere| anywhere| really)?(?=\\s*[.,;!?–-]|\\s*$)",
  ],
  [
    'everywhere anywhere',
    "\\bworks? everywhere\\b|(?:you(?:'d| would|'ll| will)) find the same (?:everywhere|anywhere)\\b",
  ],
  [
    'does do',
    '^(?:every|any|all) (?:other )?(?:bank|banks|hotel|hotels|airline|airlines|shop|shops|retailer|retailers|insurer|insurers|landlord|landlords|provider|providers|company|companies) (?:does|do)(?: (?:it|this|that|the same))?(?=\\s*[.!?]|\\s*$)',
  ],
]);

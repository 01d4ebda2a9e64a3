import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { firstCleanMatch, scanAll } from '@/lib/analysis/first-clean-match';

/**
 * "You say what you can do" (issue 14 and 15, item 4): ticks only on an action the agent
 * takes or offers, or a way forward the customer can take. Source: coaching seed 002, "people
 * want to know what you can do for them instead of what you can't do".
 *
 * Not actions: promises only to talk again ("I'll update you", "we'll get back to you"), effort
 * without an outcome ("I've checked", "I have looked into it"), and anything inside an excuse
 * (first-clean-match.ts).
 */
const ONLY_TALKING =
  '(?:update|get back|let you know|keep you (?:posted|updated)|be in touch|reply|respond|come back|follow up|reach out|look into|write back|(?:email|call|message|text|phone|ring|notify|tell|write to|contact) you(?! (?:a|an|the|your|this|that|those|these)\\b))';
const ONLY_EFFORT = '(?:checked|looked|reviewed|investigated|searched|tried|read|been)';

/** The agent or team will act: "I'll refund", "we will send". */
export const FUTURE_ACTION = phrasesAtWordStart(
  [
    `(?:I|we)(?:'ll| will| am going to|'m going to| are going to)(?: (?:personally|also|now|gladly|immediately|happily))? (?!(?:have|need) to\\b|be honest|admit|just say|not\\b|never\\b|${ONLY_TALKING}\\b)\\w+`,
  ],
  'i',
);

/** Done already: "I've refunded", "we have sent". */
export const PAST_ACTION = phrasesAtWordStart(
  [
    `(?:I|we)(?:'ve| have) (?:already |just |now |personally |gone ahead and )?(?!${ONLY_EFFORT}\\b)(?:\\w+ed|sent|made|set|put|done|found|given|paid|written|taken|kept|booked|built|bought)\\b`,
  ],
  'i',
);

/** Offers: "I can", "happy to", "would you like me to", "let me". */
export const OFFER = phrasesAtWordStart(
  [
    // "as soon as I can", "everything we can" promise nothing in particular.
    "(?<!\\b(?:as soon as|as quickly as|as fast as|as much as|whenever|if|when|what|all|everything|anything|nothing) )(?:I|we) can(?!'t|not)\\b(?! (?:not|never|only|see|understand|imagine|appreciate|assure|tell)\\b)",
    "(?:I|we)(?:'m| am|'re| are) (?:happy|glad|able) to\\b",
    "(?:I|we)(?:'d| would) (?:be happy|be glad|love|like) to\\b",
    '(?:would you like me to|shall I|do you want me to|want me to)\\b',
    "(?<!(?:n't|not) )let me (?!know\\b)\\w+",
    // "What I can do is ask billing to reverse it": the offer comes after "is"; an apology is not one.
    '(?:what|the best thing|one thing) (?:I|we) can do(?: for you)?(?: now| today)? is (?:to )?(?!apologi[sz]e\\b|say\\b|not\\b)\\w+',
  ],
  'i',
);

const OTHER_CAN_DO: readonly RegExp[] = [
  // A way forward for the customer: "you can pause it", "you're welcome to".
  phrasesAtWordStart(["you can(?!'t|not)\\b(?! (?:not|never|only)\\b) \\w+", "you(?:'re| are) welcome to\\b"], 'i'),
  /\b(?:here's|here is) (?:what I|what we|how I|how we|a|the|your)\b/i,
  // A plain yes at the start of a sentence: "Yes, that works", "Done."
  /^(?:yes|sure|of course|absolutely|done)\b/i,
];

export const findCanDo = firstCleanMatch(scanAll([FUTURE_ACTION, PAST_ACTION, OFFER, ...OTHER_CAN_DO]));

import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { firstCleanMatchOf, scanAll } from '@/lib/analysis/first-clean-match';
import { tolerant } from '@/lib/analysis/checklist-typos';

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

/**
 * A remedy done in plain past ("I refunded the charge", "we sent a replacement", QA 2026-12-07
 * finding 1: the agent's best replies showed red circles). A list, not any "-ed": "we charged
 * you twice", "I noticed", "I wanted to" are not things done for the customer.
 */
const REMEDY_PAST =
  '(?:refunded|credited|reversed|cancell?ed|voided|waived|issued|processed|replaced|re-?sent|sent|shipped|dispatched|posted|booked|rebooked|reserved|arranged|scheduled|escalated|asked(?! you\\b)|(?:contacted|called|emailed|rang|phoned|messaged|texted)(?! (?:you|u)\\b(?! (?:a|an|the|your|this|that|those|these)\\b))|raised|logged|fixed|repaired|restored|reset|unlocked|reactivated|enabled|updated|changed|corrected|amended|adjusted|moved|added|removed|applied|upgraded|extended|renewed|reopened|released|approved|paid|gave|made|set up|created|forwarded|passed|spoke|talked|ordered|swapped|exchanged|requested|submitted|filed|attached|compensated|discounted)';
const DONE_ADVERB =
  '(?:already |also |just |now |then |personally |immediately |since |gone ahead and |went ahead and )?';
// An admission is not a remedy: "we sent the wrong size", "I booked it by mistake"; undoing one is
// ("I've cancelled the wrong one", "we replaced the wrong part").
const NOT_A_MISTAKE =
  '(?:(?<=\\b(?:cancell?ed|reversed|voided|refunded|replaced|removed|corrected|fixed|swapped|exchanged|deleted|returned|collected))|(?![^,;:.!?]{0,40}\\b(?:wrong|by mistake|in error|incorrect(?:ly)?|accidentally|mistakenly)\\b))';
/**
 * Plain past is a remedy when it acts on something: "the email I just sent, and…" has no object
 * of its own, "We emailed you." only talked (like "I'll email you"), and "we sent a reminder"
 * says the customer was told, not helped.
 */
const ACTS_ON_SOMETHING =
  '(?= +(?!(?:and|but|or|so|because|as|when|if)\\b)[a-z0-9£$€])(?![^,;:.!?]{0,25}\\b(?:reminders?|notices?|warnings?)\\b)';

/**
 * Done already: "I've refunded", "we have sent", "I refunded". "Here is what I have done" only
 * announces the action: the action itself earns the tick (QA finding 3). A clause that is only
 * a condition or a time ("if we refunded it", "when we shipped it") did nothing.
 */
export const PAST_ACTION = phrasesAtWordStart(
  [
    `(?<!\\b(?:what|if|unless|when|once|before|until|whether) )(?:I|we)(?:'ve| have) ${DONE_ADVERB}(?!${ONLY_EFFORT}\\b)(?:\\w+ed|sent|made|set|put|done|found|given|paid|written|taken|kept|booked|built|bought)\\b${NOT_A_MISTAKE}`,
    `(?<!\\b(?:what|if|unless|when|once|before|until|whether|wish|hoped|thought) )(?:I|we) ${DONE_ADVERB}${REMEDY_PAST}\\b${ACTS_ON_SOMETHING}${NOT_A_MISTAKE}`,
  ],
  'i',
);

/** Offers: "I can", "happy to", "would you like me to". */
export const OFFER = phrasesAtWordStart(
  [
    // "as soon as I can", "everything we can" promise nothing in particular. "Send us a photo so we
    // can check the charge" gives a reason, not an offer (QA finding 2); after a comma, "so I can
    // move your ticket" is one.
    "(?<!\\b(?:as soon as|as quickly as|as fast as|as much as|whenever|if|when|what|all|everything|anything|nothing|so that) )(?<![^,;:.!?\\s] so )(?:I|we) can(?!'t|not)\\b(?! (?:not|never|only|see|understand|imagine|appreciate|assure|tell)\\b)",
    "(?:I|we)(?:'m| am|'re| are) (?:happy|glad|able) to\\b",
    "(?:I|we)(?:'d| would) (?:be happy|be glad|love|like) to\\b",
    '(?:would you like me to|shall I|do you want me to|want me to)\\b',
    // "What I can do is ask billing to reverse it": the offer comes after "is"; an apology is not one.
    '(?:what|the best thing|one thing) (?:I|we) can do(?: for you)?(?: now| today)? is (?:to )?(?!apologi[sz]e\\b|say\\b|not\\b)\\w+',
  ],
  'i',
);

/** The agent acting as they write: "Let me check with the warehouse" is an action, and a next step. */
export const ACTING_NOW = phrasesAtWordStart(["(?<!(?:n't|not) )let me (?!know\\b)\\w+"], 'i');

/** A way forward for the customer: "you can pause it", "you're welcome to". */
const CUSTOMER_CAN = phrasesAtWordStart(
  ["you can(?!'t|not)\\b(?! (?:not|never|only)\\b) \\w+", "you(?:'re| are) welcome to\\b"],
  'i',
);

/**
 * Words that only announce or agree: "Here's what I have done", a plain "Yes" at the start of a
 * sentence. They earn the tick only when the draft names no action itself, so the tick quotes
 * the action (QA finding 3: it quoted "Here is what I have done today" over "I refunded…").
 */
const ANNOUNCES = [
  /\b(?:here's|here is) (?:what I|what we|how I|how we|a|the|your)\b/i,
  /^(?:yes|sure|of course|absolutely|done)\b/i,
];

export const findCanDo = firstCleanMatchOf([
  tolerant(scanAll([FUTURE_ACTION, PAST_ACTION, OFFER, ACTING_NOW, CUSTOMER_CAN])),
  scanAll(ANNOUNCES),
]);

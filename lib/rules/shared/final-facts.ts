import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * A "no" said as a plain fact about the thing asked for, with no negation word at all: "Payment
 * dates are fixed.", "That plan was retired last year.", "Entries are now closed.", "Orders lock
 * once they ship.", "Refunds are at our discretion." (issue 15, kind 1: drafts by other hands
 * refuse this way and no clause shape saw it). The same words open good replies ("All sales are
 * final, so I've set up a store credit"), so, like bare-limits.ts, they are read only when the whole
 * reply offers nothing (no-alternative.ts). Each match is the restriction itself, which is what the
 * card highlights.
 */
// What a price, date or term is when it will not move; not "the bug is fixed" (a thing repaired).
const TERMS =
  '(?:dates?|prices?|rates?|fees?|terms?|times?|amounts?|charges?|costs?|schedules?|slots?|deadlines?|payments?|premiums?|tariffs?|menus?|routes?|hours|limits?|allowances?|quotas?|figures?)';

const FINAL_FACTS = anchoredShapes([
  [
    'fixed set adjustable',
    `${TERMS} (?:is|are|were|was|have been|has been)(?: now| all| already| strictly)? (?:fixed|set in stone|set centrally|not adjustable)\\b`,
  ],
  // Gone for good: "That plan was retired last year", "the model has been discontinued".
  [
    'retired discontinued withdrawn expired lapsed closed locked purged banned prohibited ended passed',
    "(?<!\\b(?:you|I|we|you've|I've|we've|it's|we're|you're|I'm) )(?<!\\b(?:if|when|unless|because|once|until) (?:[\\w'-]{1,30} ){0,4})(?:(?:(?:is|are)|(?:has|have)(?: now| already| since)? been)(?: now| already| all| permanently| strictly)? (?:retired|discontinued|withdrawn|expired|lapsed|closed|locked|purged|banned|prohibited)|(?:was|were|had been) (?:retired|discontinued|withdrawn))\\b|(?:offer|deal|code|voucher|promotion|promo|window|deadline|period|subscription|warranty|guarantee|membership|quote)s? (?:has|have|had)(?: now| already)? (?:expired|lapsed|closed|ended|passed)\\b(?! (?:and|so|but) (?:I|we)\\b)",
  ],
  // A rule of how things go: "Orders lock once they ship", "Credits expire after 12 months". Not the
  // reason for what happened ("Codes expire after 5 minutes, so if it arrived late…").
  [
    'lock locks expire expires lapse lapses close closes',
    '(?:orders?|bookings?|accounts?|credits?|vouchers?|codes?|offers?|points|tickets?|passes|passwords?|links?|slots?|windows?|carts?|baskets?|deals?|quotes?|claims?) (?:lock|expire|lapse|close)s? (?:once|after|when|at|on|automatically)\\b(?![^.!?,;\\n]{0,40}, so\\b)',
  ],
  // All gone: "All rooms have now been allocated", "all our accessible rooms are booked", "sold out".
  [
    'allocated taken booked gone sold full',
    '\\ball (?:our |the |of the )?(?:[\\w-]{1,30} ){0,2}?(?:are|is|were|(?:have|has)(?: now| already)? been)(?: now| already| all)? (?:allocated|taken|booked(?: up)?|gone|sold(?: out)?|full(?:y booked)?)\\b|\\b(?:is|are|were|was)(?: now| already| completely)? (?:sold out|fully booked|booked up)\\b',
  ],
  // How far it goes and no further: "Refunds always go back to the original payment method",
  // "Closed tickets stay closed", "Starter has a hard limit of 5 users", "Manuals went digital-only",
  // "Collections are only on Thursdays", "Statements older than 7 years are archived".
  [
    'always only stay stays limit capped limited digital-only online-only archived excluded binding',
    '\\b(?:always|only) (?:go|goes|get|gets|come|comes) (?:back )?(?:to|through|on)\\b|\\bstays? (?:closed|locked|final)\\b|\\b(?:hard|strict|maximum|daily|fixed|monthly|weekly) limit (?:is|of)\\b|\\b(?:is|are) (?:capped|limited) at\\b|\\b(?:went|is|are|became) (?:digital|online)-only\\b|\\b(?:is|are) only (?:on|at|in|from|for)\\b|\\b(?:is|are) (?:automatically )?(?:archived|excluded|not binding)\\b',
  ],
  // A cut-off as the whole answer: "The lunch menu stops at 3pm", "Class swaps close 24 hours before the session".
  [
    'stops stop closes close ends end',
    '(?<!\\b(?:I|we|you|it|they)\\s)\\b(?:stops|stop|closes|close|ends|end) (?:at \\d|\\d{1,3} (?:hours|days|minutes|weeks) before)',
  ],
  // Someone else's say as the answer: "Refunds are at our discretion", "set by head office".
  [
    'discretion office',
    "\\bat (?:our|the (?:[\\w-]{1,30} ){0,2}?[\\w-]{1,30}(?:'s|s')) (?:sole |absolute )?discretion\\b|\\bat the (?:sole |absolute )?discretion of\\b|\\b(?:set|decided|fixed|determined) (?:by|at) head office\\b",
  ],
  // Too late as the whole answer: "It's too late to change it now", "Too late for this month."
  ['late', "(?:^|(?:it's|it is|that's|that is|is|are|was|it was|now|already) )too late\\b"],
  // Mandatory for everyone: "The cleaning fee is mandatory for all stays".
  [
    'mandatory compulsory',
    '(?:is|are) (?:strictly |completely )?(?:mandatory|compulsory) (?:for (?:all|every|everyone|each)|on all|in all)\\b',
  ],
  // The rule itself as the answer: "That's the rule.", "The price shown at checkout is the price."
  [
    'rule rules policy process price system deal',
    "^(?:that's|that is|those are|it's|it is) (?:just |simply )?the (?:rule|rules|policy|process|price|system|deal)[.!]*$|^the price\\b[^.!?\\n]{0,40}? is the price[.!]*$",
  ],
]);

/** Finalities in the draft (draft offsets), for a reply that offers nothing else. */
export const findFinalFacts = (context: RuleContext): Span[] => matchAnchoredGroups(context, FINAL_FACTS);

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
  '(?:dates?|prices?|rates?|fees?|terms?|times?|amounts?|charges?|costs?|schedules?|slots?|deadlines?|payments?|premiums?|tariffs?|menus?|routes?|hours|limits?|allowances?|quotas?|figures?|currency|currencies)';

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
  // Quiet refusals (drafts by other hands, no-alternative's misses): none left ("It's sold out, sorry",
  // "We're fully booked today", "Out of stock.", "your room is full on the fourth night", "there are no window seats left on that flight").
  [
    'sold booked stock left remaining full',
    "(?:^|(?:we're|we are|it's|it is|they're|they are|that's|that is|is|are|was|were) )(?:now |already |completely |currently )?(?:sold out|fully booked|booked up|out of stock)\\b|\\b(?:is|are|was|were) (?:now |already |completely )?full(?=[.!,;]| (?:on|for|that|this|tonight|today|tomorrow|now|until|again)\\b|$)|\\bno (?:more )?(?:[\\w-]{1,30} ){1,2}?(?:left|remaining)\\b",
  ],
  // Over, in the past tense: "TV app support ended for your device model", "SPRING20 expired on the 31st",
  // "Yours ended on the 3rd", "Filing closed on 31 January", "Early bird pricing closed last week".
  [
    'ended expired lapsed closed',
    "(?<!\\b(?:if|when|unless|once|until|before|after) (?:[\\w'-]{1,30} ){0,3})(?:(?:offer|deal|code|voucher|coupon|promotion|promo|sale|discount|support|subscription|warranty|guarantee|membership|access|trial|window|deadline|period|[A-Z]{2,}\\d{1,4}|yours) (?:ended|expired|lapsed)|(?:filing|pricing|registration|registrations|enrolment|enrollment|applications|entries|sign-ups|signups|nominations|submissions|voting|booking|bookings|sale|offer|window) closed (?:on|last|at|in|yesterday|today|this|a)\\b)\\b",
  ],
  // A "no" of a few words, as a sentence of its own: "No outside food.", "No pets.", "No changes after
  // check-in.", "No while-you-wait service." Not good news ("No problem.", "No computer needed."), not
  // news still to come or not known ("No update yet.", "No timescale.", "No clue."), not a clause with a verb.
  [
    'no',
    "^no (?!(?:problem|problems|worries|worry|need|rush|charge|charges|cost|costs|fee|fees|extra|obligation|pressure|issue|issues|bother|hassle|doubt|news|update|updates|word|reply|response|record|records|sign|eta|etr|tat|idea|clue|timescale|timescales|timeline|timeframe|estimate|date|guarantee|guarantees|further|more|one|thanks|thank)\\b)(?![^.!?]{0,60}\\b(?:yet|needed|required|necessary|come|comes|is|are|was|were|means|has|have)\\b)[a-z][\\w-]*(?: [\\w'-]+){0,5}[.!]*$",
  ],
  // Who alone, as the whole sentence: "Members only.", "Card only.", "Only UK I'm afraid.", "Only residents."
  [
    'only',
    "^(?:[\\w-]+ ){0,2}?[\\w-]+ only(?:,? (?:I'm afraid|sorry))?[.!]*$|^only (?:[\\w-]+ ){0,2}?[\\w-]+(?:,? (?:I'm afraid|sorry))?[.!]*$",
  ],
  // A ceiling reached or set: "You've reached the renewal limit", "Online booking is limited to 8 tickets".
  [
    'reached limited',
    '\\breached (?:the|your) (?:[\\w-]+ ){0,2}?(?:limit|maximum|cap)\\b|\\b(?:is|are) limited to\\b',
  ],
  // Set once and for good: "Prices are set at sign-up", "Billing currency is set at signup".
  ['set fixed locked', '\\b(?:set|fixed|locked) at (?:sign-?up|purchase|booking|checkout|the time of (?:booking|purchase))\\b'],
  // Gone paperless as the answer: "We've gone fully paperless, so no.", "We're paperless now."
  [
    'paperless digital online',
    "\\b(?:we've gone|we have gone|we went|we're|we are|we've moved|we have moved|everything is|everything's) (?:now |fully |completely |all |to )?(?:paperless|digital|online)(?:-only)?\\b(?! (?:and|so|but) (?:I|we)\\b)",
  ],
  // "…, so no.", "Non-changeable.": the no said in a word.
  ['no nonchangeable nonrefundable nontransferable', ',? so,? no[.!]*$|^non-?(?:changeable|refundable|transferable|cancellable)[.!]*$'],
  // Not ours to deal with, as the answer: "Not our department.", "housing law isn't our area", "This is
  // outside my remit", "Noise complaints are a police matter", "That's between you and British Gas."
  [
    'department area remit matter between',
    "\\bnot (?:our|my|a [\\w-]+) (?:department|area|remit|matter)\\b|\\b(?:isn't|is not|aren't|are not) (?:our|my) (?:area|department|remit)\\b|\\boutside (?:my|our) remit\\b|\\b(?:is|are) an? [\\w-]+ matter\\b|\\b(?:that's|that is|it's|it is|is|are) (?:a matter )?between you and (?!(?:me|us)\\b)",
  ],
  // The rule itself as the answer: "That's the rule.", "The price shown at checkout is the price."
  [
    'rule rules policy process price system deal',
    "^(?:that's|that is|those are|it's|it is) (?:just |simply )?the (?:rule|rules|policy|process|price|system|deal)[.!]*$|^the price\\b[^.!?\\n]{0,40}? is the price[.!]*$",
  ],
]);

/** Finalities in the draft (draft offsets), for a reply that offers nothing else. */
export const findFinalFacts = (context: RuleContext): Span[] => matchAnchoredGroups(context, FINAL_FACTS);

import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * How things go in general, given as the whole answer to something the customer asked for:
 * "Chats are assigned at random.", "Payment is by bank transfer or card.", "Deliveries run Monday
 * to Friday.", "Parking fines must be paid in full.", "Our standard plan includes 5 users."
 * (issue 15, kind 1: drafts by other hands say no this way, with no negation word; final-facts.ts
 * has the narrower sibling, a restriction said as a fact). The shape: a generic subject (not I, we,
 * you, it or this) and a habitual present verb or "is/are by/via/per…". The same sentences answer
 * plain questions ("What are your hours?" → "We're open 9–5.") and explain a limit next to what we
 * do, so no-alternative.ts reads them only when the reply offers, does and promises nothing, and
 * only when the customer asked for something (customerAsksForSomething).
 */

// A subject about the service in general: "Payment", "All account changes", "Our standard plan".
// Not a person or a pointer back to the customer's own case ("your order", "it", "this").
const SUBJECT =
  "(?:^|(?<=^(?:hi|hello|hey|sorry|ok|okay|so|yes|no)[,!]? ))(?:(?:all|the|our|any|each|every|standard) )?(?!(?:i|we|you|it|this|that|these|those|there|they|he|she|your|my|his|her|their|what|which|who|if|when|once|as|because|since|unless|please|thanks?|sorry)\\b)[a-z][\\w&'-]*(?: (?!(?:is|are|must|need|needs|run|runs|take|takes|include|includes)\\b)[\\w&'-]+){0,3}? ";

// Not "by" or "through" a party ("Refunds are handled by another team"): that passes it on (excuse
// rules), and "in date order" is a queue with no time (the uncertainty rules').
const MANNER =
  '(?:at|on|via|automatically|weekly|monthly|daily|annually|randomly|at random|once|every|each|only|upon|first|by default)\\b';

// The card marks the rule to the end of its clause ("Payment is by bank transfer or card"), not the whole reply.
const CLAUSE_REST = "(?![\\w'’-])[^.!?,;:\\n]{0,60}";

const SHAPES: ReadonlyArray<readonly [string, string]> = [
  // How it is paid or reached: "Payment is by bank transfer or card", "Access is via the app only".
  // Not "is per the T&Cs" or "subject to": labelled drafts of that shape cite terms in jargon far more often.
  ['by via through', `${SUBJECT}(?:is|are)(?: only| always| normally| usually| strictly)? (?:by|via|through)\\b`],
  // What is done, and when or how: "Seats are allocated at check-in", "Chats are assigned at random".
  [
    'allocated assigned processed handled issued charged billed applied calculated reviewed dispatched renewed determined decided updated priced scheduled blocked released sold',
    `${SUBJECT}(?:is|are)(?: only| always| normally| usually| all)? (?:allocated|assigned|processed|handled|issued|charged|billed|applied|calculated|reviewed|dispatched|renewed|determined|decided|updated|priced|scheduled|blocked|released|sold) (?:${MANNER}|as seen\\b)`,
  ],
  // What must happen for everyone: "Parking fines must be paid in full", "Changes need to be made by phone".
  [
    'must need needs',
    `${SUBJECT}(?:must|need to|needs to)(?: always)? be (?:paid|completed|made|done|requested|booked|submitted|received|settled|raised|arranged|approved|signed|placed|cleared|returned)\\b(?! (?:through|by|with)\\b)`,
  ],
  // When the service runs: "Deliveries run Monday to Friday", "Collections happen on Thursdays".
  [
    'run runs operate operates happen happens',
    `${SUBJECT}(?:run|runs|operate|operates|happen|happens)(?: only)?(?: on| from| between)? (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays|weekends|daily|weekly|every (?:day|week|month|hour)|each (?:day|week|month)|once|twice)\\b`,
  ],
  // What a plan holds and no more: "Our standard plan includes 5 users", "The basic tier covers one device".
  [
    'include includes cover covers allow allows',
    `${SUBJECT}(?:include|includes|cover|covers|allow|allows)(?: up to| a maximum of| only| just)? (?:\\d+|one|two|three|four|five|six|ten)\\b`,
  ],
  // How long the window is: "Our returns window is 28 days", "The cooling-off period is 14 days".
  [
    'window period deadline cutoff limit',
    `(?:^|(?<=^(?:hi|hello|sorry|so)[,!]? ))(?:(?:our|the|your) )?(?:[\\w-]+ ){0,2}?(?:window|period|deadline|cutoff|limit) (?:is|are)(?: only| just| strictly)? (?:\\d+|one|two|three|seven|ten|fourteen|thirty) (?:working |business |calendar )?(?:days|weeks|months|hours)\\b`,
  ],
  // What it costs: "Cancellations after 2 minutes incur a fee".
  ['incur incurs', `${SUBJECT}(?:incur|incurs) (?:a |an )?(?:fee|charge|penalty|cost)\\b`],
  // A charge or a default as the answer: "Realignment is chargeable", "Paper billing is the default".
  ['chargeable payable default', `${SUBJECT}(?:is|are)(?: always| still)? (?:chargeable|payable|the default)\\b`],
];
const GENERAL_RULES = anchoredShapes(
  SHAPES.map(([anchors, source]) => [anchors, `(?:${source})${CLAUSE_REST}`] as const),
);

/** General rules in the draft (draft offsets), for a reply that offers nothing else. */
export const findGeneralRules = (context: RuleContext): Span[] => matchAnchoredGroups(context, GENERAL_RULES);

// "Can you…", "please", "I'd like", "why…", a refund or a change: the customer wants something done.
const REQUEST =
  /(?:^|[.!?]\s+)(?:can|could|would|will|may) (?:you|i|we)\b|\b(?:please|pls|i'd like|i would like|i want|i need|is it possible|any chance|why)\b|\b(?:refund|cancel|waive|exception|compensat|exchange|swap|reschedul|extend|upgrade)|!/i;
// "What are your hours?", "How do I pay?", "Is there parking?": asking how things are.
const PLAIN_QUESTION =
  /(?:^|[.!?]\s+)(?:hi[^.!?]{0,30}?[,.!]\s*)?(?:what|when|where|which|who|how|do you|does|is there|are there|are you|is it|is the|are the)\b[^.!?]*\?/i;

/**
 * Did the customer ask for something (rather than how things are)? A general rule answers a plain
 * question well ("What are your hours?" → "We're open 9–5 on weekdays."); given to a request it
 * is a "no" with nothing after it. A complaint with no question asks for something too.
 */
export const customerAsksForSomething = perAnalysis((context: RuleContext) => {
  const latest = context.customerMessages[context.customerMessages.length - 1];
  if (!latest) return true;
  if (REQUEST.test(latest)) return true;
  return !PLAIN_QUESTION.test(latest);
});

import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { followUpNear } from '@/lib/rules/shared/cues';
import { excuseCertainty } from '@/lib/rules/shared/excuse-certainty';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';
import { mergeTouching, withItsClause } from '@/lib/rules/shared/not-us-clause';

/**
 * Passing the problem to someone else ("not my department", "between you and the courier"),
 * and denying fault ("it's not our fault the courier…"). Source: coaching seed 003 (care for
 * the customer, not for how things look behind the scenes). The shapes come from drafts
 * written by people who never saw these rules (issue 15): a responsibility noun after "not
 * my/our", a third party named as the one who decides, a role made small ("we're just the
 * platform"), a referral with no hand-off.
 */

// What a person or team is answerable for: "not my department", "the courier's problem".
const DUTY =
  '(?:department|job|area|responsibility|call|decision|remit|role|business|domain|concern|problem|issue|place|lookout|right)';
// "the customer's responsibility" blames the customer: blame-customer's, not a deflection.
const NOT_THE_CUSTOMER =
  "(?!(?:customer|customers|user|member|policyholder|tenant|passenger|guest|cardholder|client|buyer|owner|account holder)'s\\b)";
// A third party; "our team", "us" and "me" are not one.
const NOT_US =
  '(?!us\\b|me\\b|myself\\b|ourselves\\b|our team\\b|our staff\\b|our support\\b|our engineers\\b|our agents\\b)';

const DEFLECTION = phrasesAtWordStart(
  [
    `(?:not|isn't|aren't|wasn't) (?:really |exactly )?(?:my|our|this (?:team|office|department)'s|(?:the |their )?${NOT_THE_CUSTOMER}(?!your\\b)[\\w-]+'s) ${DUTY}\\b`,
    'not (?:something|a thing) (?:support|I|we|our team) (?:control|controls|handle|handles|deal with|deals with|can change|can fix|can override|can help with)\\b',
    `(?:is|are|was) (?:(?:the|your|their) )?(?:${NOT_THE_CUSTOMER}[\\w-]+'s|their) (?:own )?${DUTY}\\b`,
    "(?:it's|that's) (?:(?:the|their) )?(?:(?!our\\b|my\\b|your\\b)[\\w-]+'s|their) (?:own )?(?:responsibility|problem|decision|call|job|issue|business|department|right|lookout)\\b",
    '(?:is|are) (?:your|their) (?:own )?(?:responsibility|problem)\\b',
    "(?:we're|we are|I'm|I am) not (?:responsible|liable|accountable) for\\b",
    'between you and (?:the|your) (?:courier|bank|seller|airline|hotel|carrier|insurer|landlord|manufacturer|provider|merchant|organi[sz]er|card issuer|store|shop|post office|delivery company)\\b',
    `(?:handled|dealt with|decided|managed|set|controlled|processed|run|done|made) by ${NOT_US}(?:the )?[\\w-]+(?: [\\w-]+)?, not (?:support|us|me|our team|customer (?:service|support|care|contact))\\b`,
    // "The restaurant prepared the food, not us."
    ', not (?:us|me|ours|support|this (?:team|office|department))\\b(?! alone)',
    "(?:we've|we have|I've|I have) done (?:our|my) part\\b",
    '(?:makes?|made) (?:the|that|those|all the) (?:decisions?|call)\\b',
    'decides? (?:those|these|that|such) things\\b',
    "(?:we're|we are|I'm|I am) (?:just|only|merely|simply) (?:the|a|an) (?![\\w-]+ (?:away|few|little|bit|couple|quick|short|message|click|call|phone|email)\\b|(?:away|few|little|bit|couple|quick|short|message|click|call|phone|email)\\b)[\\w-]+",
    '(?:we|I) (?:just|only|merely) (?:sell|book|list|host|resell|take payments|do billing|do the booking|pass (?:it|things|messages) on)\\b',
    '(?:the|your) (?:seller|bank|courier|airline|hotel|manufacturer|organi[sz]er|carrier|provider|insurer|landlord|partner|merchant|vendor) is (?:the one )?responsible\\b',
    '(?:a|an) (?:\\w+[- ])?(?:side|end) (?:issue|problem)\\b',
    "(?:we|I) (?:can't|cannot|can not) (?:control|be held responsible|be responsible|get involved|interfere|intervene|comment on)\\b",
    "(?:you'll|you will|you'd|you would) (?:have|need) to take (?:it|that|this) up with\\b",
    "(?:at|up to) (?:the|their|its) (?:sole |own )?(?:[\\w-]+'s )?discretion\\b",
    '(?<=\\b(?:drivers|riders|couriers|tutors|hosts|sellers|technicians|cleaners|instructors|guides|they|he|she|contractors|partners|stores|franchises|restaurants|merchants|vendors|landlords|agents|teachers|doctors|therapists|photographers|installers)\\s)(?:are|is) (?:all )?(?:independent(?: contractors| businesses| sellers)?|freelancers?|self-employed|(?:third[- ]party )?contractors|not (?:our )?(?:employees|staff))\\b',
    "(?:we|I)(?:'re| are| am|'m)? (?:entirely |completely |totally |fully )?(?:rely|relying|reliant|dependent|depend|depending) on\\b",
    // Turning a question away: "we don't handle VAT queries here", "not handled by this office".
    "(?:we|I) (?:don't|do not) (?:deal with|handle|cover|take|do) (?:these|those|that|this|\\w+ (?:queries|questions|issues|requests|complaints|claims)) (?:here|on (?:chat|the phone|this line|email)|in this (?:office|team|department))\\b",
    "(?:isn't|is not|aren't|are not) (?:handled|dealt with|managed|processed) (?:by|in|at) (?:this|our) (?:office|team|department|desk|branch|line|chat)\\b",
    "(?:that's|that is|it's|this is) (?:a question|one) for (?:the |our |your )?[\\w-]+\\b(?! to\\b)",
    // Someone else decides (issue 15): "That's not something we decide, it's HMRC", "someone else handles that".
    "(?:not|isn't|wasn't) (?:something|a thing) (?:we|I) (?:decide|set|choose|make|run)\\b|someone else (?:handles|deals with|decides|looks after)\\b",
  ],
  'gi',
);

/**
 * Naming who acts is often just information ("handled by our partner in Leeds, and I've asked
 * them to hurry"): these count only when nothing we do follows (excuseCertainty).
 */
const HANDOFF = phrasesAtWordStart(
  [
    `(?:is|are) (?:\\w+ly )?(?:handled|processed|run|managed|set|decided|controlled|dispatched|taken|operated|determined|owned|prepared|arranged|done|made|assigned|generated|screened|allocated|priced|approved|reviewed|carried out|dealt with|looked after) (?:\\w+ly )?by ${NOT_US}(?:the |a |an |our |their )?[\\w-]+`,
    // "You'd have to ask the pharmacy" shrugs; "you have to ask the school admin" directs (commanding's).
    "(?:you'd|you would|you'll|you will|you may|you might) (?:have|need|want) to (?:ask|contact|call|ring|email|write to|speak to|talk to|raise (?:it|that|this) with|go to) (?!us\\b|me\\b)(?:them|the \\w+|your \\w+|\\w+)",
    '(?:ask|contact|call|ring|email|write to|speak to|talk to|raise (?:it|that|this) with|take (?:it|that|this) up with) (?:them|the [\\w-]+(?: [\\w-]+)?|your [\\w-]+) (?:yourself|directly)\\b',
    '(?:kindly |please )?direct (?:your|any|all|the) (?:\\w+ )?(?:query|queries|complaint|complaints|questions?|concerns?) to\\b',
    // An internal referral with nothing done by us: "talk to billing".
    '(?:(?:talk|speak|chat|write) to|go through|check with) (?:our |the )?(?:billing|accounts|sales|finance|payments|collections|returns|tech(?:nical)?|claims|lettings|bookings|reservations|complaints|customer relations|credit control|another|the relevant|the right) ?(?:team|department|dept|desk|office|people|line)?\\b',
    "(?:we|I) (?:can't|cannot|can not) guarantee\\b",
  ],
  'gi',
);

/** Denying fault defends us; the customer still has the problem. */
const FAULT = phrasesAtWordStart(
  [
    "(?:not|isn't|wasn't) (?:really |entirely )?(?:our|my|the (?:company|store|shop|hotel|airline|team)'s) (?:fault|doing|mistake|error)\\b",
    "(?:we|I)(?:'re| are|'m| am) not (?:at fault|to blame|the ones? (?:at fault|to blame))\\b",
    // "It's not down to us if the carrier is late".
    "(?:not|isn't|wasn't|is not|was not) (?:really |entirely )?down to (?:us|me|our (?:end|side|team|staff))\\b",
    '(?:nothing|none of (?:this|it|that))(?: is| was)? (?:to do with|down to) (?:us|me|our (?:end|side|team|staff))\\b',
    'nothing(?: is| was)? wrong (?:on |at |from )?(?:our|my) (?:end|side|part)\\b',
    'no (?:fault|error|problem|issue) (?:on|at|from) (?:our|my) (?:end|side|part)\\b',
    "(?:we|I) (?:did|have done|'ve done) nothing wrong\\b",
    // "It's not us.", "it isn't us, we're waiting too" (issue 15); "it wasn't us who…" goes on to own something.
    "(?:it's not|it is not|that's not|that is not|it isn't|it wasn't|it was not|that isn't|that wasn't) (?:us|me)\\b(?! (?:who|that|being)\\b)",
    '(?:we|I) (?:take|accept|bear|assume) no (?:responsibility|liability|blame)\\b',
    "(?:we|I) (?:can't|cannot|won't|will not|don't|do not) (?:accept|take|admit) (?:any )?(?:liability|responsibility|blame|fault)\\b",
    '(?:fault|blame|responsibility) (?:lies|rests|sits) (?:entirely |solely )?with\\b',
    "(?:it's|it is|that's|that is|it was|that was) (?:the |their )?(?!our\\b|my\\b|your\\b)[\\w-]+'s fault\\b",
    '(?:unlikely|impossible) (?:that )?(?:our|the) [\\w-]+ (?:caused|was the cause|is the cause|was responsible)\\b',
  ],
  'gi',
);

/** Defending ourselves instead of looking ("our staff are highly trained"): fine next to a real step. */
const DEFENSIVE = phrasesAtWordStart(
  [
    '(?:our|the) (?:staff|drivers|installers|engineers|technicians|team|agents|cleaners|riders|couriers|crew|chefs|employees|people|pickers) (?:are|is) (?:all )?(?:highly |fully |very |well |properly )?(?:trained|qualified|experienced|professionals?|vetted|certified)\\b',
    '(?:we|our \\w+) (?:follow|have|maintain|apply) (?:very |extremely )?(?:strict|rigorous|robust|thorough) (?:hygiene |safety |quality |security )?(?:standards|procedures|checks|protocols|controls)\\b',
    '(?:are|is) (?:very |extremely )?(?:rarely|never|seldom) wrong\\b',
    "(?:doesn't|does not|don't|do not|never) make (?:errors|mistakes) like that\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const DEFLECTION_ANCHORS = anchorWords(
  'someone department job area responsibility call decision remit role business domain concern problem issue place lookout right something thing responsible liable accountable between handled dealt decided managed set controlled determined processed run done made not part decisions decides decide makes just only merely simply partner provider guarantee control involved interfere intervene comment up discretion independent freelancer freelancers self-employed contractors employees staff rely relying reliant dependent depend depending handle deal cover take do question one side end',
);
const HANDOFF_ANCHORS = anchorWords(
  'handled processed run managed set decided controlled dispatched taken operated determined owned prepared arranged done made assigned generated screened allocated priced approved reviewed carried dealt looked ask contact call ring email write speak talk chat raise take go direct guarantee yourself directly through check',
);
const FAULT_ANCHORS = anchorWords(
  'us me fault doing mistake error blame nothing none wrong problem issue responsibility liability lies rests sits unlikely impossible down',
);
const DEFENSIVE_ANCHORS = anchorWords(
  'trained qualified experienced professional professionals vetted certified strict rigorous robust thorough rarely never seldom errors mistakes',
);

type Id = 'deflection' | 'fault';
const meta: RuleMeta<Id> = {
  id: 'excuse-deflection',
  category: 'excuse',
  description: 'Notices the problem passed elsewhere ("not my department", "talk to billing") or fault denied.',
  messages: {
    en: {
      deflection: {
        why: 'Pointing to another team or company reads as “not my problem”, even when it is true.',
        alternatives: [
          'Own the hand-off: say who will handle it and that you have passed it on.',
          'Say what you will do on your side while the other party acts.',
        ],
      },
      fault: {
        why: 'Arguing whose fault it is defends the company; the customer is still left with the problem.',
        alternatives: [
          'Skip the question of fault and say what you are doing to put it right.',
          'If someone else caused it, say what you have asked them to do and when you will update.',
        ],
      },
    },
  },
};

const handedOver = (context: RuleContext, span: Span) =>
  followUpNear(context, sentenceIndexAt(context.sentences, span.start));

const overlaps = (a: Span, spans: Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

export default defineRule({
  meta,
  check: (context) => {
    const plain = mergeTouching(
      matchAnchored(context, DEFLECTION_ANCHORS, DEFLECTION).map((span) => withItsClause(context, span)),
    );
    // "handled by finance, not support" is one deflection, not two.
    const handoffs = matchAnchored(context, HANDOFF_ANCHORS, HANDOFF).filter((span) => !overlaps(span, plain));
    return [
      // "Not my department, but I've passed it to Maria, who will call you by 4 pm" owns the
      // hand-off this rule asks for: shown only at high sensitivity.
      ...plain.map((span) =>
        report(meta, context, span.start, span.end, 'deflection', handedOver(context, span) ? 'possible' : 'certain'),
      ),
      ...handoffs.map((span) =>
        report(meta, context, span.start, span.end, 'deflection', excuseCertainty(context, span, 'likely')),
      ),
      // Fault denied and then something done: still defensive, but a softer habit.
      ...matchAnchored(context, FAULT_ANCHORS, FAULT).map((span) =>
        report(
          meta,
          context,
          span.start,
          span.end,
          'fault',
          excuseCertainty(context, span, 'certain') === 'possible' ? 'likely' : 'certain',
        ),
      ),
      ...matchAnchored(context, DEFENSIVE_ANCHORS, DEFENSIVE).map((span) =>
        report(meta, context, span.start, span.end, 'fault', excuseCertainty(context, span, 'likely')),
      ),
    ];
  },
});

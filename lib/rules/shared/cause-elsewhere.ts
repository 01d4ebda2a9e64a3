import type { RuleContext } from '@/lib/engine/rule';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { WE_ACT_CUE } from '@/lib/rules/shared/cues';
import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Blame put on a third party or on the small print the customer signed, told so that the company
 * is not the one responsible (issue 15: blind drafts by other hands label these blame, and they were
 * the weakest kind found). A fact about another party ("the courier lost it, so I've sent a new one
 * today") is none of these: the shapes need the party made the culprit or the one answerable.
 *
 * Others who can be made the culprit. Data, not wording: a role, never "us", "our team" or "you"
 * (the customer's own fault is blame-customer's). Source: the third parties named in drafts by other
 * hands (tests/fixtures/drafts/train, blind-11 and other-hand-*). Words are bounded ({1,30}): an
 * unbounded `[\w-]+` rescans a run like "order-order-…" from every word start (tests/regex).
 */
const PARTY =
  "(?:[\\w-]{1,30} )?(?:bank|banks|card issuer|issuer|courier|couriers|carrier|carriers|post office|postal service|royal mail|postman|postie|supplier|suppliers|manufacturer|manufacturers|maker|airline|airlines|pharmacy|network operator|operator|provider|landlord|insurer|seller|merchant|retailer|employer|council|publisher|vendor|agency|partner|partners|lender|isp|payment processor|processor|delivery (?:company|partner|firm|service|driver)|shipping company|haulier|warehouse team|other team|third party|third-party)(?:'s|s')?";

/**
 * Said whatever else the reply offers: a culprit guessed or cleared of us ("the pharmacy must have
 * missed it", "the damage will have happened with the courier", "this will be your bank declining
 * it"), our side declared fine so the fault lands elsewhere ("it left our warehouse in perfect
 * condition, so…", "our payment page is working normally, so…"), and a party run down ("Royal Mail
 * have been really unreliable lately"). Blind-11 labels each blame even beside a replacement.
 */
export const CULPRIT_SHAPES = anchoredShapes([
  // "The pharmacy must have missed it", "the courier may have left it at the wrong door".
  [
    'must will would may might',
    `(?:the|your|their) ${PARTY} (?:must|will|would|may|might)(?: well| probably| likely)? have (?!(?:been (?:in touch|able|happy)|had|received|got|sent (?:it|you) (?:on|by))\\b)(?:missed|lost|damaged|dropped|delayed|declined|blocked|rejected|mixed|misplaced|mislaid|forgotten|failed|left|broken|mis[a-z]+|[a-z]+ed (?:it|them|your \\w+) (?:wrong|incorrectly|late|up))\\b`,
  ],
  // "The damage will have happened with the courier", "the delay must have come from the supplier".
  [
    'happened occurred caused come',
    `(?:damage|delay|problem|issue|fault|error|mistake|hold-up|mix-up)s? (?:will|must|would|may|might)(?: well| probably| likely)? have (?:happened|occurred|been caused|come) (?:with|at|in|during|by|from) (?:the|your|their) (?:${PARTY}|transit|delivery)`,
  ],
  // "This will be your bank declining it", "that'll be your bank blocking it".
  [
    "will be that'll this'll it'll",
    `(?:this|that|it)(?:'ll| will)(?: (?:most )?likely| probably| almost certainly)? be (?:your|the) ${PARTY} (?:[a-z]+ing|doing|holding)\\b`,
  ],
  // "It left our warehouse in perfect condition", "left the depot undamaged".
  [
    'left leaving',
    '(?:left|leaving) (?:our|the) (?:warehouse|depot|premises|factory|kitchen|store|shop|hands|care|site|workshop) (?:in (?:perfect|good|full|excellent|pristine|working) (?:condition|order|shape|working order)|intact|undamaged|fully working|without (?:a |any )?(?:scratch|damage|fault))\\b',
  ],
  // "Our payment page is working normally, so this will be…": our side cleared as the reason.
  [
    'working running fine up',
    '(?:our|the) (?:[\\w-]{1,30} )?(?:page|system|site|website|app|service|platform|terminal|machines?|servers?|checkout) (?:is|was|are|were)(?: all)? (?:working|running|fine|up)(?: (?:normally|fine|correctly|perfectly|properly|as (?:normal|expected|usual)))?,? so\\b',
  ],
  // "Royal Mail have been really unreliable lately".
  [
    'unreliable useless terrible awful hopeless nightmare incompetent slow',
    `(?:the |your |their )?${PARTY} (?:have|has|are|is)(?: been)? (?:really |very |so |notoriously |quite |pretty |incredibly |extremely )?(?:unreliable|useless|terrible|awful|hopeless|a nightmare|incompetent|(?:really |very |so )slow)\\b`,
  ],
  // "The delay was on the manufacturer's side", "any delay after that would be at the recipient's bank",
  // "these delays are on their side", "it's likely been lost at the hospital's end".
  [
    'side end bank',
    "(?:delay|problem|issue|fault|error|mistake|hold-up|holdup|mix-up|damage)s?\\b[^.!?\\n]{0,40}? (?:was|is|were|are|lies|lay|happened|occurred|sits|would be|will be)(?: (?:entirely|clearly|firmly|definitely|likely|most likely|probably))? (?:on|at|with) (?:their|(?:the |your )?(?!our\\b|my\\b)[\\w-]{1,30}(?: [\\w-]{1,30})?(?:'s|s')) (?:side|end|bank)\\b|(?:lost|held up|stuck|delayed|missed|dropped) (?:at|on) (?:their|the [\\w-]{1,30}(?:'s|s')|[\\w-]{1,30}'s) (?:side|end)\\b",
  ],
  // "A known issue with Okta's latest release, not with our product"; "originated with the ground
  // handling company, not the airline"; "responsible for paying the loan, not the university".
  [
    'not',
    ',? not (?:with )?(?:our|us) (?:product|system|service|app|platform|end|side|software)\\b|\\b(?:originated|came|comes) (?:with|from) (?:the|your|their) [\\w-]{1,30}(?: [\\w-]{1,30})?,? not (?:us|the [\\w-]{1,30})\\b|\\b(?:is|are) (?:responsible|liable) for [^.!?\\n]{0,60}?,? not (?:us|the [\\w-]{1,30}|our [\\w-]{1,30}|we)\\b',
  ],
  // "Damage caused during delivery is a matter for their claims team", "something to raise with them".
  [
    'matter raise take',
    "(?:is|are) a matter for\\b|something (?:to|you'll need to|you would need to|you'd need to) (?:raise|take up) with\\b",
  ],
  ['nothing', 'nothing (?:we|I) could have done\\b'],
  // Fault denied with the culprit named: "It's not our fault the courier left it outside" (issue 15).
  ['fault', 'not (?:really |entirely )?(?:our|my) fault (?:that |if )?(?:the|your|their|you)\\b'],
  // The customer's slip guessed aloud: "It looks like that step wasn't done on your side", "it looks like you entered…".
  [
    'looks',
    "it looks like (?:you|your [\\w-]{1,30}(?: [\\w-]{1,30})?|that step|the (?:address|details|number|form|setting)) (?:didn't|did not|wasn't|weren't|hadn't|haven't|entered|selected|chose|set|ticked|forgot|missed|typed|used|put|gave|left|skipped)\\b",
  ],
]);

/**
 * Heard as blame only in a reply that offers nothing (the courier named as answerable, then a new
 * parcel sent, owns the problem): a party made the one responsible ("the courier is responsible
 * for…", "that's down to your bank", "the delay was on the manufacturer's side"), and the terms the
 * customer signed held up at them ("it's in the fare rules you accepted").
 */
export const ANSWERABLE_SHAPES = anchoredShapes([
  [
    'responsible liable blame fault',
    `(?:the|your|their) ${PARTY} (?:is|are|was|were|will be|would be) (?:solely |fully |entirely |wholly |ultimately )?(?:the (?:one|ones) )?(?:responsible|liable|to blame|at fault)\\b`,
  ],
  [
    'down',
    `(?:that's|that is|it's|it is|this is|that'll be|that will be|this will be|it'll be|it will be|which is|is|was)(?: (?:most )?likely| probably| almost certainly| all| entirely| purely| simply| just)? down to (?:your|the|their) (?:own )?${PARTY}`,
  ],
  // "Refunds are issued by the event organiser, not us", "from HMRC's system, not ours", "any fault is
  // their responsibility". Drafts by other hands since blind-11 label these blame (other-hand-16: 18 of
  // 21), older ones excuse; the excuse rules keep their card, this adds the blame it also is.
  // "Determined by your bank, not by us" is left to excuse-deflection: a passive "by X, not by us" is
  // passing it on, and its card's rewrite ("your bank determines…, and I'll take it up with them")
  // is the better one (tests/coach/rewrites/deflection.test.ts).
  [
    'not',
    ',? not (?:from |with )?(?:us|ours|me|the (?:venue|hotel|university|airline|council|shop|store|school|salon|gym|club|practice|restaurant))\\b',
  ],
  [
    'responsibility',
    "(?:is|are|was|were) (?:entirely |solely )?(?:their|the (?!(?:customer|user|member|tenant|passenger|guest|client|buyer|owner)(?:'s|s')\\s)[\\w-]{1,30}(?:'s|s')) (?:own )?responsibility\\b",
  ],
  // "it's in the fare rules you accepted", "as per the T&Cs you agreed to".
  [
    'accepted agreed signed consented ticked',
    "(?:terms|t&cs?|conditions|contract|agreement|small print|fare rules|rules|policy)(?: and conditions| of (?:service|use|sale|business|carriage))?,? (?:which |that )?you(?:'ve| have)? (?:accepted|agreed to|signed|consented to|ticked)\\b",
  ],
]);

/**
 * Something we do about it (cues.ts WE_ACT_CUE). Stricter than draftOffersSomething: "Sorry!" before
 * "our drivers are employed by DeliverCo, so complaints should go to them" was labelled blame
 * (blind-11), and naming the bank as the one to ask is the deflection itself, not a remedy.
 */
export const weActOnIt = (context: RuleContext): boolean =>
  context.sentences.some((_, index) => sentenceTest(context, index, WE_ACT_CUE));

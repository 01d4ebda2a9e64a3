import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { TIME_CUE, WE_ACT_CUE } from '@/lib/rules/shared/cues';
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
  "(?:[\\w-]{1,30} )?(?:bank|banks|card issuer|issuer|courier|couriers|carrier|carriers|post office|postal service|royal mail|postman|postie|supplier|suppliers|manufacturer|manufacturers|maker|airline|airlines|pharmacy|surgery|gp|gp surgery|hospital|hotel|restaurant|travel agent|letting agent|estate agent|airport|ground staff|printing company|printers|organiser|organizer|promoter|accountant|network operator|operator|provider|landlord|insurer|seller|merchant|retailer|employer|council|publisher|vendor|agency|partner|partners|lender|isp|payment processor|processor|delivery (?:company|partner|firm|service|driver)|shipping company|haulier|warehouse team|other team|third party|third-party)(?:'s|s')?";

/**
 * The customer's own side made the culprit (kind 2 of issue 15: "Your router is the issue", "your
 * browser is blocking it"). Only with "your": "the router" may be ours. Words bounded as in PARTY.
 */
const THEIR_SIDE =
  "(?:[\\w-]{1,30} )?(?:device|phone|browser|internet|internet connection|connection|wifi|wi-fi|router|settings|network|computer|laptop|tablet|cache|plumbing|equipment|firewall|antivirus|vpn|ad ?blocker|spam filter|email provider|it team|it department|app store|play store)(?:'s [\\w-]{1,30})?";

/** A failure done by that party: past deeds and what it keeps doing ("is blocking"). */
const FAILED =
  "declined|rejected|refused|blocked|lost|mislaid|misplaced|damaged|delayed|dropped|missed|cancell?ed|stopped|bounced|reversed|flagged|broke|failed|forgot|let (?:it|them|(?:the|your) [\\w-]{1,30}(?: [\\w-]{1,30})?) (?:expire|lapse|run out)|(?:did not|didn't|has not|hasn't|have not|haven't|never) (?:send|sent|pass|passed|process|processed|obtain|obtained|deliver|delivered|update|updated|approve|approved|release|released|pay|paid|tell|told|scan|scanned|authori[sz]e|authori[sz]ed|follow|followed|leave|left|stop|stopped|cancel|cancelled|forward|forwarded)|(?:sent|shipped|delivered|gave|supplied|fitted|entered|printed) (?:it |them |you |the parcel |your \\w+ )?(?:the wrong|to the wrong|wrong)(?: [\\w-]{1,30})?|(?:is|are) (?:blocking|filtering|stopping|preventing|rejecting|declining|flagging|holding)";
const FAILURES =
  "declined rejected refused blocked lost mislaid misplaced damaged delayed dropped missed cancelled canceled stopped bounced reversed flagged broke failed forgot let not didn't hasn't haven't never wrong blocking filtering stopping preventing rejecting declining flagging holding";

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
  // "It's your bank that shows it like that": the cleft singles the party out (other-hand-20, -22).
  [
    'that who',
    `(?:it's|it is|it was) (?:your|the) (?:${PARTY}|${THEIR_SIDE}) (?:that|who) (?!(?:can|could|will|would|needs?|has to|have to|should|decides?)\\b)[a-z]{2,20}`,
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
  // The party's fault said outright, even beside a fix (other-hand-20/21 label these blame): "it was
  // their mistake", "that's on the courier", "it's the surgery's error".
  [
    'mistake error fault on',
    "(?:it was|that was|it's|that's|it is|that is) (?:their|the (?!customer's\\b)[\\w-]{1,30}(?:'s|s')) (?:own )?(?:mistake|error|fault)\\b|(?:that's|that is|it's|it is|this is) (?:all )?on (?:them|him|her|the (?:courier|bank|supplier|manufacturer|carrier|airline|hotel|seller|driver|restaurant|installer|contractor)s?|their (?:end|side))\\b",
  ],
  // A guess that lands on their side: "it's probably your bank declining it", "it's likely your antivirus blocking it".
  [
    'probably likely certainly',
    `(?:it's|that's|it is|that is|this is) (?:probably|likely|most likely|almost certainly) (?:your|the) (?:${PARTY}|${THEIR_SIDE}) [a-z]{2,20}ing\\b`,
  ],
  // The party run down by habit: "they've had a few of these lately", "that team has had complaints
  // before", "they're usually the slow party", "Hotmail does that a lot".
  [
    'complaints issues problems lately before recently slow buggy unreliable careless lot careful',
    "(?:they've|they have|has|have) had (?:a few|several|lots of|many|plenty of|a lot of)? ?(?:complaints|issues|problems|these|of these)(?: before| lately| recently)\\b|(?:they're|they are|they've been|they have been) (?:often |usually |always |very |notoriously |really )+(?:the slow (?:one|party|ones)|slow|buggy|unreliable|careless)\\b|\\b(?:does|do) that a lot\\b|(?:wasn't|weren't|was not|were not) (?:very |particularly )?careful\\b",
  ],
  // A colleague thrown under the bus (other-hand-19): "Our picker didn't scan it, that's the new guy",
  // "the warehouse team packed it badly, they're new". Not "a hum that's new" (a new noise).
  [
    'new trainee',
    "(?:that's|that was|it's|it was) (?:the |our |a )?(?:new guy|new girl|new lad|new starter|trainee)\\b|(?<=^|[,;\u2013\u2014] )(?:he|she|they)(?:'s| is|'re| are) (?:still )?(?:new|new here|in training|a trainee|a new starter)(?=\\s*(?:[.!?\\n]|$))",
  ],
  // Generic customers made the cause: "That usually happens when people tap the button twice".
  // "Login problems usually come from people using an old browser", "they drain fast because people use
  // them more" (other-hand-6, -8, -21): only a deed of theirs after "because", not "because people asked".
  [
    'people customers users kids children parents players',
    "(?:usually|often|normally|generally|mostly|typically) (?:happens|happen|means|comes from|come from|is caused by|are caused by) (?:when )?(?:people|customers|users|kids|children|parents|players)\\b|\\bbecause (?:people|customers|users|players|kids|children) (?:use|used|leave|left|close|closed|press|pressed|tap|tapped|forget|forgot|skip|skipped|miss|missed|(?:don't|didn't|do not|did not) [a-z]{2,20}|were (?:booking|using|leaving|sharing|taking|pressing))\\b",
  ],
  // Fault denied with the culprit named: "It's not our fault the courier left it outside" (issue 15).
  ['fault', 'not (?:really |entirely )?(?:our|my) fault (?:that |if )?(?:the|your|their|you)\\b'],
  // A party's slip guessed aloud: "so it looks like their front desk lost it", "it seems they didn't pass it on".
  [
    'looks seems',
    "\\b(?:it looks like|looks like|it seems|it seems like) (?:they|their [\\w-]{1,30}(?: [\\w-]{1,30})?) (?:lost|forgot|missed|mislaid|misplaced|dropped|mixed|didn't|did not|never|failed)\\b",
  ],
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
  // Left on their side (other-hand-20/21): "It's a setting on your side", "The courier decides that".
  // Not "between you and the seller": drafts by other hands label it passing on (excuse) far more often.
  [
    'side end decides',
    `(?<!\\b(?:not|isn't|isn’t|wasn't|no) (?:an? )?)\\b(?:setting|extension|blocker|issue|problem|fault|something) on your (?:side|end)\\b|(?:the|your|their) ${PARTY} decides (?:that|this|those|it)\\b`,
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

/**
 * Another party, or the customer's own kit, as the subject of the failure (issue 15, kind 2 of
 * drafts by other hands): "Your bank declined it.", "Royal Mail mislaid it.", "Your browser is
 * blocking the pop-up." Blame only where we do
 * nothing about it (remedied): "the courier lost it, so a new one leaves today" owns the fix.
 */
export const FAILURE_ELSEWHERE_SHAPES = anchoredShapes([
  // Not with its reason given: "The receiving bank rejected it because the IBAN didn't match" explains.
  [
    FAILURES,
    `(?:(?:the|your|their) |^)(?:${PARTY}|${THEIR_SIDE}) (?:has |have |had )?(?:just |probably |clearly |then )?(?:${FAILED})\\b(?![^.!?\\n]{0,40}\\bbecause\\b)`,
  ],
  // The cause put on their side: "It's caused by your home network", "due to your browser". Not
  // "because your browser's location is set to the US": the answer to "why?" (a good reply by other hands).
  // "…late because of your bank's processing time" (other-hand-23): a party of theirs as the cause, too.
  [
    'due caused from because',
    `(?:due to|because of|caused by|comes from|coming from) (?:your|the customer's) (?:own )?(?:${THEIR_SIDE}|${PARTY})(?=[\\s.,;!?]|$)`,
  ],
  // Their kit guessed at: "Your VPN might be blocking it", "your home wifi may have blocked the update" (other-hand-23).
  [
    'might may could must',
    `your (?:${THEIR_SIDE}) (?:might|may|could|must) (?:be (?:blocking|filtering|stopping|rejecting|interfering)|have (?:blocked|rejected|filtered|stopped|flagged|dropped))\\b`,
  ],
  // Their own kit found wanting: "Your PDF reader is likely out of date", "your laptop is below minimum spec".
  [
    'date outdated old below unsupported incompatible misconfigured spec supported compatible',
    `your (?:${THEIR_SIDE}|[\\w-]{1,30} (?:reader|app|software|version|integration|setup|set-up|printer|cable|charger)) (?:is|are) (?:likely |probably |clearly |too )?(?:out of date|outdated|too old|below (?:the )?(?:minimum|min)|unsupported|not supported|incompatible|misconfigured|not compatible)\\b`,
  ],
  // "That sounds like a mix-up at the courier's depot", "a data error from the previous supplier", "an issue with your computer".
  [
    'mix error mistake issue problem fault',
    `(?:mix-up|error|mistake|issue|problem|fault) (?:at|with|from|by|on) (?:the|your|their) (?:${PARTY}|${THEIR_SIDE})`,
  ],
  [
    'problem issue fault cause culprit',
    `(?:the )?(?:problem|issue|fault|cause|culprit) (?:is|was|lies with|sits with) (?:your|the customer's) (?:own )?(?:${THEIR_SIDE}|${PARTY})`,
  ],
]);

/**
 * What the customer went without because of it: "…, which is why it wasn't ready", "…, so we
 * couldn't prepare it in time". Part of the match, not a look-ahead: the property test
 * (tests/rules/anchored-matching.test.ts) generates phrases without look-arounds, and one whose
 * required words sit in a look-ahead never matches. The card is cut back to who failed and how
 * (shortfallCause). A remedy after "so" ("so I've sent a new one") is not a shortfall.
 */
export const SHORTFALL =
  "[^.!?\\n]{0,80}?[,;]? (?:which is why|that's why|which (?:meant|means|caused|has left us)|so (?:we|I|it|they|you|this|that|the [\\w-]{1,30}) (?:couldn't|could not|can't|cannot|wasn't|was not|weren't|were not|didn't|did not|haven't|have not|hadn't|had not|hasn't|has not|missed|was (?:held|delayed|rejected|returned|always going)|were (?:held|delayed|rejected|returned)))\\b";

// The joining words SHORTFALL always holds: the anchors of the shapes that end with it.
const SHORTFALL_WORDS = 'which why so';

/**
 * Someone else's failure given as the reason the customer went without (issue 15, blame's labelling
 * split; counts by scripts/blame-split.ts). The project's brief calls a third party named while we
 * fix it fine, and over every train file by other hands most writers agree: of 43 drafts where a
 * named party fails beside a fix of ours, 30 are labelled clean ("The courier lost it at their
 * Birmingham hub… a replacement is going out today", other-hand-19/-20 and all older hands); 13
 * blame, from other-hand-16/-19/-21 mostly. So the plain fact beside a fix stays clean. What those
 * newer hands do label blame nearly every time is the failure told as the excuse for our shortfall:
 * "the parts supplier sent the wrong part, which is why it wasn't ready", "the surgery sent your
 * prescription late, so we couldn't prepare it" (other-hand-16, -19, -21), and, the same way, the
 * customer's own step told back as the cause: "your application was received with the wrong fee,
 * so it was held", "the reading was submitted after the billing date, which is why it wasn't used"
 * (other-hand-2, -16, -17, -18; other-hand-4/-5 call one or two of these fine). Said whatever else
 * the reply offers. Our own party ("our supplier was late…") or a cause owned is left alone.
 */
export const PARTY_SHORTFALL_SHAPES = anchoredShapes([
  [
    // Every match holds its shortfall's joining word; a failure word may be glued to a quote mark ("lost'").
    SHORTFALL_WORDS,
    `(?:the|your|their) ${PARTY} (?:has |have |had )?(?:just |then )?(?:${FAILED}|(?:sent|passed|delivered|returned) (?:it |them |the [\\w-]{1,30} |your [\\w-]{1,30} )?(?:to us )?(?:late|too late|after))\\b${SHORTFALL}`,
  ],
]);
/** The customer's own step, in the passive, as the cause (see PARTY_SHORTFALL_SHAPES). */
export const STEP_SHORTFALL_SHAPES = anchoredShapes([
  [
    SHORTFALL_WORDS,
    `(?:your|the|it|this) (?:[\\w-]{1,30} ){0,3}?(?:was|were) (?:submitted|made|received|reported|filled in|filled out|entered|written|purchased|bought|booked|placed|paid|ordered|registered|uploaded|completed|set up|attached|sent in|sent to us|requested|handed in|parked) (?:[\\w-]{1,30} )?(?:(?:with (?:the |a |an )?wrong|without (?:the |a |an |any |your )?|after the|(?:through|to|for|on|at|in) the wrong) [\\w-]{1,30}(?: (?!(?:so|which|and|but|that)\\b)[\\w-]{1,30})?|incorrectly|wrongly|too late|late)\\b${SHORTFALL}`,
  ],
]);

const SHORTFALL_START = /[,;]?\s(?:which is why|that's why|which (?:meant|means|caused|has left us)|so)\b/gi;

/** A shortfall shape's span cut back to the cause: who failed and how, not what followed. */
export function shortfallCause<S extends Span>(text: string, span: S): S {
  const found = text.slice(span.start, span.end);
  let cut = -1;
  SHORTFALL_START.lastIndex = 0;
  for (let match = SHORTFALL_START.exec(found); match; match = SHORTFALL_START.exec(found)) cut = match.index;
  return cut > 0 ? { ...span, end: span.start + cut } : span;
}

/** A cause owned in the same sentence ("our courier partner lost it — that's on us") is no blame. */
export const OWNED =
  /\b(?:on us|(?:our|my) (?:fault|mistake|error|failure)|we should have|I should have|we(?:'re| are) responsible)\b/i;

// A remedy without "we": "so a new one leaves today", "a replacement is on its way".
const REMEDY =
  /\b(?:new one|replacement|refund(?:ed)?|re-?sen[dt]|re-?shipp?(?:ed)?|on (?:its|their) way|free of charge|at our (?:cost|expense))\b/i;

/** Something is done about it: an act of ours, a remedy or a time it comes by. */
export const remedied = (context: RuleContext): boolean =>
  weActOnIt(context) ||
  context.sentences.some((_, index) => sentenceTest(context, index, REMEDY) || sentenceTest(context, index, TIME_CUE));

import type { RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Someone at our end made the culprit (blame5's count over every train file by other hands): a
 * person, role or team as the subject of a failure, told as the cause, so the reply hides behind
 * them instead of owning it for the company: "The waiter didn't pass the allergy note to the
 * kitchen.", "Housekeeping should have caught it.", "The warehouse packed the wrong box.", "The
 * manager didn't send the notice. I've raised it with him." The shape is the sentence's: a subject
 * that is a person or a team, then a failure (a deed not done, a slip, "should have"), and no
 * ownership by us around it. The roles are data, not wording: the people and teams drafts by other
 * hands name (tests/fixtures/drafts/train); words bounded ({1,30}) as in cause-elsewhere.ts.
 *
 * Counted over train (probe of role + failure at a sentence's start): 12 drafts labelled blame, 36
 * clean; every clean one owns it (an apology for "our" person, "that's on us", "we should have") or
 * fixes it for the customer ("Our packer mixed up two boxes. I've sent you a matching pair today").
 * Handing it back to the culprit ("I'll report it to them", "I've raised it with him") fixes nothing
 * for the customer, and those drafts are labelled blame.
 */
const ROLE =
  '(?:driver|drivers|waiter|waiters|waitress|server|technician|technicians|engineer|engineers|housekeeper|housekeeping(?: team| staff)?|warehouse|agent|staff|team|colleague|colleagues|manager|receptionist|front desk|reception(?: team| desk)?|installer|installers|fitter|fitters|courier|chef|kitchen|cleaner|cleaners|crew|rep|representative|advisor|adviser|pharmacist|instructor|teacher|tutor|porter|concierge|clerk|cashier|picker|packer|packers|operator|mechanic|plumber|electrician|surveyor|inspector|department|branch|office|desk|contractor|stylist|groomer|trainer|therapist|assistant|member of staff|person|bartender|barista|host|steward|attendant|dispatcher|coordinator|officer|supervisor|locum|caretaker|baker|florist|photographer|valet|handler|guide|nurse|doctor|dentist|caller|dispatch|maintenance|security|accounts|billing|finance|sales|hire|starter|trainee|temp|junior|shift|vet|hygienist|typesetter|decorator|depot|lab|partner|company|firm|printer|printers|workshop|store|shop|chemist|optician|physio|consultant|planner|scheduler|coordinator)';

// Who that person is, said after the role: "the agent you spoke to", "the driver on the day".
const WHICH_ONE =
  '(?: (?:you (?:spoke|talked|dealt) (?:to|with)|(?:who|that) (?:served|saw|helped|visited|called|dealt with|handled|took) (?:you|your [\\w-]{1,30})|before me|on (?:the )?(?:day|night|phone|desk|shift|call|door)|at (?:the )?[\\w-]{1,30}|(?:on|in) (?:that|the|your) (?:shift|call|visit|job|order)|assigned to (?:your|the|this) [\\w-]{1,30}|we (?:use|used|work with)))?';

// Where a subject starts: a sentence, a clause after a mark or a joining word, or after "sorry".
const CLAUSE_START =
  '(?<=^|[,;:\\u2013\\u2014(]\\s|\\b(?:and|but|so|because|as|since|sorry|afraid|apparently|unfortunately|sadly|which|whom|like|seems|appears|understand|see|gather|believe|think|that)\\s)';

// "The driver", "our new waiter", "one of our drivers", "someone in our warehouse", "Housekeeping".
const STAFF = `(?:(?:the|our|your|that|this) (?:[\\w-]{1,30} ){0,2}?${ROLE}|whoever (?:you (?:spoke|talked|dealt) (?:to|with)|served you|saw you|helped you|took your (?:call|booking|order))(?: (?:in store|on the phone|at the desk|before|earlier|last time))?|(?:one of|someone (?:in|from|on|at)) (?:our|the) (?:[\\w-]{1,30} )?${ROLE}|(?:housekeeping|reception|dispatch|maintenance|security|accounts|billing|finance|kitchen))${WHICH_ONE}`;

// Deeds a person does to the customer's order; with "wrong" after them they are the slip itself.
const DEED =
  '(?:packed|picked|sent|gave|put|booked|logged|entered|wrote|told|charged|delivered|fitted|printed|labell?ed|loaded|quoted|served|cut|made|prepared|ordered|scanned|shipped|dispatched|posted|issued|set|fixed|installed|took|brought|read)';
// The verbs that report what our person found, not a slip: "the technician didn't find a fault". After
// "hasn't", a wait, not a slip, too: "the supplier hasn't confirmed a date yet".
const NOT_A_SLIP = '(?:find|see|notice|detect|say|think|need|want|mean|have|expect|agree|charge|take|get)';

// How a deed went wrong: "closed it by accident", "sent that text late", "ground the lenses wrong".
const AMISS = '(?:wrong|wrongly|incorrectly|by (?:mistake|accident)|in error|late|too (?:late|early))';

/**
 * The failure, right after the subject (an adverb, a guess or "was covering the shift and" between
 * is allowed): a deed not done, a slip, a deed gone amiss or done with the wrong or old thing, what
 * they were meant to do, "should have".
 */
const FAILED = `(?:(?:(?:was|were) [a-z]{2,20}ing(?: [\\w-]{1,30}){0,4}? and )?(?:has |had |have |must have |may have |might have )?(?:just |then |clearly |obviously |also |apparently |simply |probably )?(?:(?:didn't|did not|never|hadn't|had not) (?!${NOT_A_SLIP}\\b)[a-z]{2,20}|(?:hasn't|has not|haven't|have not) (?!(?:${NOT_A_SLIP}|yet|confirmed|replied|responded|got|come|given|arrived|heard|been)\\b)[a-z]{2,20}|forgot|forgotten|failed to|neglected to|missed|misread|misheard|(?:mixed|messed|screwed) up|mislabell?ed|mislaid|misplaced|overlooked|ignored|${DEED} (?:[\\w-]{1,30} ){0,2}?(?:the )?(?:wrong|old|outdated|previous)|[a-z]{2,20} (?:it|them|this|that|your [\\w-]{1,30}|the [\\w-]{1,30}|two [\\w-]{1,30})(?: [\\w-]{1,30})? ${AMISS}|[a-z]{2,20}(?: (?:it|them|you|this|that))? (?:to|at|in|on|into|for) (?:the|a) wrong|(?:was|were) (?:meant|supposed) to|${DEED}(?: [\\w-]{1,30}){0,3}? using (?:an? |the )?(?:old|wrong|outdated|out-of-date|incorrect)|got (?:it|this|that|your [\\w-]{1,30}|the [\\w-]{1,30}) wrong|made (?:a|an) (?:mistake|error))|should(?:n't| not)? have|should've)\\b`;

const SLIPS =
  "didn't not never hasn't haven't hadn't forgot forgotten failed neglected missed misread misheard mixed mislabelled mislabeled mislaid misplaced overlooked ignored wrong incorrectly wrongly mistake late error should shouldn't should've using messed screwed accident old outdated previous meant supposed";

export const STAFF_FAILURE_SHAPES = anchoredShapes([
  [SLIPS, `${CLAUSE_START}${STAFF} ${FAILED}`],
  // The slip named as theirs: "a mistake by the agent you spoke to", "an error on the part of our warehouse".
  [
    'mistake error oversight slip miscommunication',
    `\\b(?:mistake|error|oversight|slip|miscommunication) (?:by|from|on the part of) ${STAFF}`,
  ],
  // The person picked out with their slip: "a sales rep who shouldn't have promised it".
  [SLIPS, `\\b(?:a|an|the|one of our) (?:[\\w-]{1,30} )?${ROLE} who ${FAILED}`],
]);

/**
 * The mirror shape: our person did their part, so the fault lands on the customer. "The driver rang
 * twice and waited 5 minutes.", "The technician followed the work order.", "Our engineer attended
 * at 9:12 and nobody answered.", "Our staff always close gates." Counted over train (probe, reply
 * doing nothing for the customer): 47 drafts labelled blame, 10 clean, most of those a finding
 * ("the engineer found the cause"), left out here. Heard as blame only in a reply that does nothing
 * for them: "The driver left after 5 minutes. I've rebooked you for tomorrow" is the fact beside a fix.
 */
const DID_THEIR_PART =
  '(?:(?:has |had |have )?(?:already |also |then |definitely |certainly )?(?:follow(?:ed|s)? (?:the|your|all|our|every|strict|standard|safe)|(?:attended|arrived|visited|came|turned up)(?: (?:at|on|but|and|as|within|outside|twice|on time|in time)\\b| [0-9])|tried (?:to (?:call|ring|phone|contact|reach|deliver|collect)|calling|ringing|phoning|twice|again|three times|on)|(?:called|rang|phoned|knocked|buzzed)(?: (?:on|at) (?:your|the) (?:door|bell|buzzer))?(?: (?:twice|three times|several times|more than once|at|on|and|but)\\b| you\\b)|waited (?:for )?(?:[0-9]|the|a|an|several|ten|five|fifteen|twenty|thirty|over|more than)|(?:tested|checked|inspected) (?:it|everything|every|each|all|the (?:[\\w-]{1,30} )?(?:before|on|when|at)\\b)|(?:recorded|noted|marked|reported|detected|logged|photographed) (?:the (?:fuel|gauge|reading|mileage|damage|stains?|smell)|stains?|damage|dust|dog hair|smoke|it as|you as|that (?:the|you|your))|always (?:wear|wears|close|closes|check|checks|follow|follows|knock|knocks|ring|rings|call|calls|leave|leaves|scan|scans|ask|asks)|did (?:call|try|attend|knock|ring|wait|come|phone|check)|(?:has )?confirmed (?:delivery|it was|they delivered|that (?:it|the parcel|they))))';
const PARTS_DONE =
  'followed follow follows attended arrived visited came turned tried called rang phoned knocked buzzed waited tested checked inspected recorded noted marked reported detected logged photographed always did confirmed';

export const STAFF_DID_THEIR_PART_SHAPES = anchoredShapes([[PARTS_DONE, `${CLAUSE_START}${STAFF} ${DID_THEIR_PART}`]]);

/** Owned in words: "that's on us", "our mistake", "we should have", "that's our responsibility". */
const OWNED_IN_WORDS =
  /\b(?:on us|(?:our|my) (?:fault|mistake|error|failure|responsibility)|we should have|I should have|we(?:'re| are) responsible|we got (?:it|this|that) wrong|not (?:good enough|acceptable|okay|ok)|(?:I|we) apologi[sz]e)\b/i;

/**
 * Something done for the customer by us, anywhere in the reply: "I've sent you a matching pair",
 * "we're redelivering today", "I've booked the first slot". Words to the culprit are not it: "I'll
 * report it to them", "I've raised it with him", "I've passed it on", "I've spoken to the driver".
 */
const FIX_FOR_THEM =
  /\b(?:I|we)(?:'ve| have|'ll| will|'re| are|'m| am|'d| would)?(?: (?:now|already|just|also|personally|gone ahead and|going to|happy to|be happy to|can))* (?!(?:report|reported|reporting|raise|raised|raising|pass|passed|passing|speak|spoken|speaking|spoke|mention|mentioned|flag|flagged|feed|fed|note|noted|tell|told|ask|asked|let|look|looked|looking|check|checked|checking|investigate|investigating|need|needs|can't|cannot|don't|didn't|not|never|be|been|had|have|sorry|afraid|unable|understand|know|see|hope|think|suggest|recommend|advise)\b)(?:re-?(?:sen[dt]|book|deliver|ship|issu|fund|schedul|arrang|order|plac|instat|do|run|mak|print|fit|activat|connect|stor|turn|assess|consider|open|view)[a-z]{0,6}|refund(?:ed|ing)?|replac(?:e|ed|ing)|sen[dt]|sending|book(?:ed|ing)?|arrang(?:e|ed|ing)|credit(?:ed|ing)?|cancel(?:led|ing)?|waiv(?:e|ed|ing)|remov(?:e|ed|ing)|appl(?:y|ied|ying)|add(?:ed|ing)?|fix(?:ed|ing)?|correct(?:ed|ing)?|updat(?:e|ed|ing)|issu(?:e|ed|ing)|order(?:ed|ing)?|dispatch(?:ed|ing)?|schedul(?:e|ed|ing)|organi[sz](?:e|ed|ing)|mov(?:e|ed|ing)|chang(?:e|ed|ing)|reduc(?:e|ed|ing)|cover(?:ed|ing)?|pa(?:y|id|ying)|unblock(?:ed|ing)?|restor(?:e|ed|ing)|upgrad(?:e|ed|ing)|escalat(?:e|ed|ing)|post(?:ed|ing)?|email(?:ed|ing)?|deliver(?:ed|ing)?|collect(?:ed|ing)?|come|coming|call|calling|ring|ringing|put|set|make|made|give|given|offer(?:ed|ing)?|cook(?:ed|ing)?|clean(?:ed|ing)?|bring|brought|approv(?:e|ed|ing)|sort(?:ed|ing)?|complet(?:e|ed|ing)|finish(?:ed|ing)?|process(?:ed|ing)?|reinstat(?:e|ed|ing)|extend(?:ed|ing)?|honou?r(?:ed|ing)?|exchang(?:e|ed|ing)|switch(?:ed|ing)?|unlock(?:ed|ing)?|releas(?:e|ed|ing)|revers(?:e|ed|ing))\b|\b(?:replacement|new one|redelivery|free of charge|no charge|at no (?:cost|charge)|on (?:its|their) way|what (?:I|we) can (?:still )?do)\b|\b(?:I|we)(?:'ve| have) had (?:it|this|that|them|your [\w-]{1,30}) (?:approved|sorted|fixed|refunded|replaced|sent|rebooked|corrected|processed|released|reissued|cancelled|removed)\b|\b(?:I|we)(?:'ve| have|'ll| will)? asked (?:them|him|her|the [\w-]{1,30}) to (?:come|return|go back|redeliver|deliver|collect|call|ring|bring|send|fix|replace|refund|rebook|text|pick)\b/i;

const SORRY = /\b(?:sorry|apologi[sz]e)\b/i;

/**
 * Owned by us, so no hiding behind them: ownership said in the sentence or the next one, a sorry
 * after the failure ("…, and I'm sorry they did"), a sorry around our own person ("I'm sorry our
 * driver missed you"; "I'm sorry, 6 weeks is far too long. Our finance team missed your refund") or
 * around what they should have done ("I'm sorry. The technician should have called ahead"),
 * or something done for the customer anywhere in the reply.
 */
export function staffFailureOwned(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  const sentence = context.sentences[index];
  if (!sentence) return false;
  if ([sentence.text, context.sentences[index + 1]?.text ?? ''].some((text) => OWNED_IN_WORDS.test(text))) return true;
  // Sorry after the failure ("…, and I'm sorry they did"), or sorry for our own person ("I'm sorry our driver missed you").
  if (SORRY.test(sentence.text.slice(span.end - sentence.start))) return true;
  const sorryAround = SORRY.test(sentence.text) || SORRY.test(context.sentences[index - 1]?.text ?? '');
  // Sorry, and what our person should have done: "I'm sorry. The guide should have counted everyone."
  const flagged = context.lintable.slice(span.start, span.end);
  if (sorryAround && (OUR_PERSON.test(flagged) || SHOULD_HAVE.test(flagged))) return true;
  return doneForThem(context);
}

const SHOULD_HAVE = /\bshould(?: have|'ve)$/i;
const OUR_PERSON = /^(?:our|one of our|someone (?:in|from|on|at) our)\b/i;

/** Something done for the customer anywhere in the reply (FIX_FOR_THEM). */
export const doneForThem = (context: RuleContext): boolean =>
  context.sentences.some((other) => FIX_FOR_THEM.test(other.text));

/** Our person at the start of a flagged span ("The waiter", "the agent you spoke to"): a rewrite puts "we" there. */
export const STAFF_SUBJECT = new RegExp(`^${STAFF}(?=\\s)`, 'i');

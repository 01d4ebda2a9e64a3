import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { alternativeNear, closingCourtesy, DURATION_CUE, FOLLOW_UP_CUE, TIME_CUE } from '@/lib/rules/shared/cues';
import { sentenceMemo, sentenceTest } from '@/lib/engine/sentence-facts';
import {
  anchorWords,
  matchAnchoredGroups,
  withoutOverlaps,
  type AnchoredPatterns,
} from '@/lib/rules/shared/match-spans';
import { findRefusedClauses } from '@/lib/rules/shared/negated-clauses';
import { withItsClause } from '@/lib/rules/shared/not-us-clause';
import { VERDICT_REFUSALS } from '@/lib/rules/shared/refusal-verdicts';

/**
 * A "no" to the customer: we can't / we don't offer / not possible / not permitted.
 * Shared by the no-alternative rule and the pre-send check ("any no names who or when").
 * Most are found by the shape of the clause (negated-clauses.ts); the phrases below are the
 * forms a clause shape does not describe ("there's no way", "non-refundable").
 * Non-refusals are excluded on purpose: "we can't wait", "can't thank you enough",
 * "no problem", "you don't need to", "I can't say" (that is uncertainty, not a no).
 *
 * Each phrase form comes with the words it cannot occur without: a form is only tried on the
 * sentences containing one of its words (see matchAnchoredGroups).
 */
const REFUSALS: AnchoredPatterns = [
  [
    anchorWords('allow let permit'),
    /\b(?:doesn't|does not|won't|will not) (?:allow|let|permit) (?:me|us|you|it|that|this|changes|\w+ changes)\b/gi,
  ],
  [
    anchorWords('way option possibility chance manager supervisor one nothing much lot anything means'),
    // "There is no expedite option", "there's no other way"; not "if there's anything else we can do".
    /\bthere(?:'s| is| isn't| is not)(?: not)? (?:no (?:[\w-]+ )?(?:way|option|possibility)|no chance|no manager|no supervisor|no one available|(?:nothing|much|a lot|(?<!(?:'s|\bis) )anything) (?:more |else )?(?:I|we) can do)\b|\bnothing (?:more |else )?(?:I|we) can do\b|\b(?:I|we)(?:'ve| have|'ve got| have got) no (?:way|means) (?:of|to)\b/gi,
  ],
  [anchorWords('responsible liable'), /\b(?:we're|we are|I'm|I am) not (?:responsible|liable)\b/gi],
  // Anyone on our side out of it: "The council is not responsible for disputes", "the trust has
  // no involvement in", "the university has no discretion" ("you're not liable for it" is good news).
  [
    anchorWords('responsible liable'),
    /(?<!\byou(?:'re| are) )\b(?:is|are) not (?:responsible|liable) for\b|(?<!\byou )\b(?:isn't|aren't) (?:responsible|liable) for\b/gi,
  ],
  [
    anchorWords('control involvement discretion role say'),
    /\b(?:has|have) no (?:control|involvement|discretion|role|say)(?: (?:over|in|on))?\b/gi,
  ],
  [anchorWords('exception exceptions'), /\bthere (?:are|is|can be) no exceptions?\b/gi],
  // Not meeting the bar is a no: "did not meet the intervention criteria", "doesn't qualify".
  [
    anchorWords('meet satisfy qualify'),
    /\b(?:did not|didn't|does not|doesn't|do not|don't) (?:meet|satisfy) (?:the|our|any) (?:[\w-]+ )?(?:criteria|requirements|threshold)\b|\b(?:does not|doesn't|did not|didn't) qualify\b/gi,
  ],
  [
    anchorWords('something'),
    /\b(?:it's|that's|this is|it is|that is) not something (?:I|we|support|our team) (?:can|control|controls|handle|handles|do)\b/gi,
  ],
  // What we provide, said as a thing we don't: "That's not something we offer", "Mattress removal isn't
  // a service we offer", "isn't something our platform supports", "not a service this pharmacy provides".
  [
    anchorWords('something service thing one'),
    /\b(?:isn't|aren't|not) (?:something|a service|a thing|one) (?:that )?(?:we|I|(?:our|this) [\w-]+(?: team)?) (?:currently |normally |generally )?(?:can )?(?:offer|provide|sell|stock|support|cover|carry|do)s?\b/gi,
  ],
  [
    anchorWords('access ability permission authority power'),
    /\b(?:I|we) (?:don't|do not) have (?:access|the ability|permission|the authority|the power)\b/gi,
  ],
  [anchorWords('only just'), /\bno, (?:we|I) (?:only|just)\b/gi],
  // "No.", "Nope." or "I'm afraid not." as a sentence of its own: the answer is a no, whatever follows must earn it.
  [
    anchorWords('no nope nah stage moment time afraid sadly unfortunately regrettably'),
    /^(?:no|nope|nah|not at this stage|not at the moment|not at this time|(?:I'm |I am )?afraid not|(?:sadly|unfortunately|regrettably) not)(?:,? (?:sorry|I'm afraid|unfortunately))?[.!]*\s*$/gi,
  ],
  // An outcome upheld as the end of a reason: "so the new tier stands", "so the point loss stands".
  [
    anchorWords('stands'),
    /\b(?:so|therefore|and) (?<flag>(?:the|this|that|your) (?!offer\b)(?:[\w-]+ ){0,2}?(?:still )?stands)\b/dgi,
  ],
  [
    anchorWords('refundable nonrefundable transferable nontransferable final'),
    /\b(?:is|are) (?:non-?refundable|non-?transferable|final sale)\b/gi,
  ],
  [
    anchorWords('stopped longer'),
    /\b(?:I|we) (?:stopped|no longer) (?:offer|sell|support|do|accept|provide|ship|carry|stock)(?:ing)?\b/gi,
  ],
  // The forms below come from drafts written by people who never saw these rules (issue 15).
  // A charge or decision upheld: "The charges stand.", "the fee still applies", "This decision is final."
  [
    anchorWords(
      'stand stands correct valid applies apply remain remains final permanent irreversible negotiable void invalid forfeited',
    ),
    /\b(?:charges?|fees?|fines?|penalty(?: fare)?|amount|bill|decision|price|rate|interest|contract term|invoice|deduction|excess)(?: still)? (?:stands?|(?:is|are) (?:correct|valid|final)|still appl(?:y|ies)|remains? (?:due|payable|in place|valid))\b|\b(?:is|are) (?:permanent|final|irreversible|non-negotiable|void|invalid|forfeited)\b/gi,
  ],
  // A request turned down, said as done: "Your claim was declined", "Claim closed."
  [
    anchorWords('declined rejected refused denied unsuccessful closed'),
    /\b(?:claim|application|request|appeal|complaint|refund|dispute|booking|transfer|cancellation)s? (?:was |were |has been |have been |is |are )?(?:declined|rejected|refused|denied|unsuccessful)\b|^(?:claim|request|application|appeal|complaint|dispute|case) (?:closed|denied|declined|rejected|refused)\b/gi,
  ],
  // The same, negated: "your claim has not been approved", "the appeal was not successful".
  [
    anchorWords('approved accepted successful granted upheld authorised authorized'),
    /\b(?:claim|application|request|appeal|complaint|refund|dispute|booking|transfer|cancellation|case)s? (?:has|have|had|was|were|is|are) not (?:been )?(?:approved|accepted|successful|granted|upheld|authori[sz]ed)\b/gi,
  ],
  // What we do, drawn narrowly: "Exchanges aren't part of what we offer", "isn't included in our service".
  [
    anchorWords('part included among covered'),
    /\b(?:isn't|aren't|is not|are not) (?:part of|included in|among|covered by) (?:what we (?:offer|do|provide|sell|support|cover)|our (?:service|services|offer|offering|range|plan|package|cover))\b/gi,
  ],
  // "No refunds after 30 days", "Sorry, no exceptions", "No restore possible."
  [
    anchorWords(
      'refund refunds exchange exchanges return returns exception exceptions compensation cancellation cancellations transfer transfers credit credits discount discounts extension extensions reimbursement reimbursements substitution substitutions possible available',
    ),
    // The look-ahead first (see guardLookbehind in engine/phrases.ts): the look-behind is too dear to try at every character.
    /(?=no )(?<=^|[,;:]\s|\bsorry\s|\band\s|\bso\s|\bbut\s)no (?:refunds?|exchanges?|returns?|exceptions?|compensation|cancellations?|transfers?|credits?|discounts?|extensions?|reimbursements?|substitutions?)\b(?! (?:is|are|were|was) (?:needed|required|necessary))|\bno (?:[\w-]+ ){1,2}(?:is |are )?(?:possible|available)\b/gi,
  ],
  // Drafts by another hand (issue 15): the "no" said as a rule of the world, not of us.
  [
    anchorWords('payable due given offered possible available issued plans action'),
    /\bno (?:compensation|refunds?|reimbursements?|credits?|goodwill(?: payments?)?)s? (?:is|are|will be|can be) (?:payable|due|given|offered|possible|available|issued)\b|\bthere (?:are|is) no plans (?:to|for)\b|\bno further action\b/gi,
  ],
  [
    anchorWords('apply applies'),
    /\b(?:charges?|fees?|penalt(?:y|ies)|surcharges?) (?:will |would |do |does )?(?:still )?appl(?:y|ies)\b/gi,
  ],
  [anchorWords('grounds'), /\b(?:is|are)(?:n't| not) grounds for\b/gi],
  [
    anchorWords('something'),
    /\b(?:isn't|aren't|is not|are not) something (?:we|I|our team)(?: ha(?:s|ve) any)? (?:get involved in|deal with|handle|cover|do|can help with|offer|provide|control over)\b/gi,
  ],
  // The matter handed to someone else: "Leaks are the homeowner's responsibility", "set by Ofgem,
  // not by us", "nothing to do with us" (issue 15). Our own responsibility ("it's our
  // responsibility to fix this") is ownership, never matched.
  [
    anchorWords('responsibility'),
    /\b(?:is|are|was|were) (?:your|the [a-z]{1,20}'s|the [a-z]{1,20} [a-z]{1,20}'s|[a-z]{1,20}'s) (?:own )?responsibility\b/gi,
  ],
  [anchorWords('nothing us'), /\bnothing to do with (?:us|me)\b|, not (?:by|with) us\b/gi],
  [anchorWords('unavoidable'), /\b(?:is|are) (?:completely |sadly |simply |unfortunately )?unavoidable\b/gi],
  [anchorWords('hands control'), /\b(?:out of|outside|beyond) (?:our|my) (?:hands|control)\b/gi],
  [anchorWords('matter'), /\ba matter (?:between you and|for you and) (?:your|the)\b/gi],
  [
    anchorWords('only else nothing'),
    /\b(?:that's|it's|this is|that is) the only (?:way|option|choice)\b|\b(?:not sure|don't know|no idea) what else (?:to say|I can say|we can do|I can do)\b|\bnothing (?:else|more) to (?:say|add)\b/gi,
  ],
];

export interface Refusal extends Span {
  sentenceIndex: number;
  hasAlternative: boolean;
}

/**
 * An offer further on in the reply also answers the "no": "we can't resell food. Did you get
 * everything? If anything's missing, I'll refund or resend it." Good replies by people who never
 * saw these rules often put the way forward two sentences later (issue 15). Our own offer counts
 * that far away, and so does a right the customer has ("You can apply again at any time", "you
 * can also ask us for a formal review"); a guess does not: "You could try a repair shop" three
 * sentences on is still a brush-off.
 */
// "not" must be a whole word: "the list we'll notify" is an offer. "Let me know if that helps" and
// "anything else I can help with?" close (notACourtesy in cues.ts).
const OUR_OFFER =
  /\b(?:I|we)(?<!\banything (?:else |more |further )?(?:that )?(?:I|we))(?:'ll| will| can| could| would be happy| am happy|'m happy)(?!'t|n't| ?not\b)\b|\blet me\b(?! know\b(?! if you(?:'d| would) like| if you want| and (?:I|we)\b))/i;
const THEIR_RIGHT =
  /\byou (?:can|may)(?: also| still| always)? (?:apply|ask|appeal|report|complain|request|claim|reapply)\b/i;
// Asked of every sentence after each "no" on every call: its answer, a function of the text, is kept with the sentence.
const courtesyMemo = sentenceMemo<boolean>();
const closes = (context: RuleContext, index: number) => courtesyMemo(context, index, closingCourtesy);

function offeredLater(context: RuleContext, sentenceIndex: number): boolean {
  for (let index = sentenceIndex + 2; index < context.sentences.length; index++) {
    if (closes(context, index)) continue;
    if (
      sentenceTest(context, index, OUR_OFFER) ||
      sentenceTest(context, index, FOLLOW_UP_CUE) ||
      sentenceTest(context, index, THEIR_RIGHT)
    )
      return true;
  }
  return false;
}

/**
 * Not a "no" to the customer (issue 15, good replies by other hands): a condition whose outcome is
 * a way forward ("If we can't get you above 45, you're free to leave", "call me if the website
 * won't let you", "unless it was caused by something outside our control"), a button's label
 * quoted for them to tap ("Tap "Don't Allow""), or a no that spares them a charge. "If it says
 * it's not eligible, it isn't" and "fees are not refundable if the application is refused" stay
 * refusals: a no sits beside the condition.
 */
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:[\w'\u2019]+\s+){0,5}$/i;
const NO_BESIDE = /n['\u2019]t\b|\b(?:not|no|stands|invalid|final)\b|\bnon-/i;
const QUOTED_LABEL = /["\u201c\u2018']$/;
// "We won't take any money from your account while we review", "you won't pay anything": a no that spares them.
const SPARES_THEM =
  /^(?:(?:we|I)(?: will not|'ll not| won't| do not| don't| never) (?:take|debit|charge) (?:you )?(?:any |the |a )?(?:more )?(?:money|payments?|fees?|funds|£)|you(?: will not| won't| do not| don't)(?: have to)? pay\b|(?:you )?(?:won't|will not) be (?:charged|billed|fined|penali[sz]ed)\b)/i;
function notToTheCustomer(context: RuleContext, span: Span): boolean {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  if (!sentence) return false;
  if (SPARES_THEM.test(context.lintable.slice(span.start, span.end + 40))) return true;
  const before = sentence.text.slice(0, span.start - sentence.start);
  if (QUOTED_LABEL.test(before) && /^["\u201d\u2019']/.test(context.lintable.slice(span.end, span.end + 1)))
    return true;
  const condition = CONDITION_BEFORE.exec(before);
  if (!condition) return false;
  return (
    !NO_BESIDE.test(before.slice(0, condition.index)) && !NO_BESIDE.test(sentence.text.slice(span.end - sentence.start))
  );
}

/**
 * What is still open, said as a fact right after the "no" (issue 15, good replies by other hands):
 * "Full-size bikes aren't allowed at peak times. Folding bikes are fine anytime", "we can't change
 * that rule. There are two things that might help: …", "there's also secure parking". Not "is
 * valid": "Refunds are not available. A voucher … is valid for 12 months" is labelled a bare no.
 */
const OTHER_WAY_OPEN =
  /\b(?:is|are) (?:still )?(?:fine|welcome|allowed|ok|okay)\b|\b(?:might|may|could|can|will) help\b|\bthere(?:'s| is| are) (?:also |still )/i;
function otherWayOpen(context: RuleContext, sentenceIndex: number, span: Span): boolean {
  const sentence = context.sentences[sentenceIndex]!;
  if (OTHER_WAY_OPEN.test(context.lintable.slice(span.end, sentence.end))) return true;
  const next = context.sentences[sentenceIndex + 1];
  return (
    next !== undefined &&
    !closes(context, sentenceIndex + 1) &&
    sentenceTest(context, sentenceIndex + 1, OTHER_WAY_OPEN)
  );
}

/**
 * Is the "no" answered nearby? An offer, a helper or a contrast in its sentence or the next counts
 * (cues.ts alternativeNear); a time counts in the next sentence ("We can't expedite it. Delivery
 * usually takes 10 business days.") and in a clause after the "no" in its own, but not before it: there the
 * time is the limit's own setting, not when it changes ("Payment is due on the 15th and I'm not able
 * to change that", "this week's box has been packed, so it can't be skipped"). A limit said with
 * "only" is bounded by its own time ("Refunds are only issued within 14 days"), so there only the
 * next sentence's time counts.
 */
const ONLY_LIMIT = /\bonly\b/i;
function answeredNear(context: RuleContext, sentenceIndex: number, span: Span): boolean {
  if (alternativeNear(context, sentenceIndex, span, { timeCounts: false })) return true;
  const next = sentenceIndex + 1;
  if (
    next < context.sentences.length &&
    !closes(context, next) &&
    (sentenceTest(context, next, TIME_CUE) || sentenceTest(context, next, DURATION_CUE))
  )
    return true;
  const sentence = context.sentences[sentenceIndex]!;
  const after = context.lintable.slice(span.end, sentence.end);
  if (ONLY_LIMIT.test(context.lintable.slice(span.start, Math.min(span.end + 6, sentence.end)))) return false;
  // In the "no"'s own clause a time is its setting ("No engineers available today", "can't be closed
  // before the end of the fixed term"), unless it says until when; in a clause after it, it is news.
  if (UNTIL.test(after) && TIME_CUE.test(after)) return true;
  const clause = after.search(NEXT_CLAUSE);
  const later = clause === -1 ? '' : after.slice(clause);
  return TIME_CUE.test(later) || DURATION_CUE.test(later);
}
const UNTIL = /^[^,;:]{0,30}\buntil\b/i;
const NEXT_CLAUSE = /[,;:\u2013\u2014]|\b(?:and|so|but|as|because|though)\b/i;

export const findRefusals = perAnalysis((context): Refusal[] =>
  withoutOverlaps([
    ...matchAnchoredGroups(context, REFUSALS).map((span) => withItsClause(context, span)),
    ...matchAnchoredGroups(context, VERDICT_REFUSALS),
    ...findRefusedClauses(context),
  ])
    .filter((span) => !notToTheCustomer(context, span))
    .map((span) => {
      const sentenceIndex = sentenceIndexAt(context.sentences, span.start);
      // Fields written out: object spread of `span` was most of this function's time in V8.
      return {
        start: span.start,
        end: span.end,
        sentenceIndex,
        hasAlternative:
          sentenceIndex !== -1 &&
          (answeredNear(context, sentenceIndex, span) ||
            offeredLater(context, sentenceIndex) ||
            otherWayOpen(context, sentenceIndex, span)),
      };
    }),
);

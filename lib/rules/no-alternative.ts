import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { findAgreedTerms } from '@/lib/rules/shared/agreed-terms';
import { findBareLimits } from '@/lib/rules/shared/bare-limits';
import { findFinalFacts } from '@/lib/rules/shared/final-facts';
import { customerAsksForSomething, findGeneralRules } from '@/lib/rules/shared/general-rules';
import {
  closingCourtesy,
  closingPleasantryAt,
  draftActsOrOffers,
  draftOffersSomething,
  TIME_CUE,
} from '@/lib/rules/shared/cues';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { openingOrderAt } from '@/lib/rules/shared/imperatives';
import { findPolicyReasons } from '@/lib/rules/shared/policy-reasons';
import { findRefusals } from '@/lib/rules/shared/refusals';
import { findShrugs } from '@/lib/rules/shared/shrugs';

/**
 * A "no" (we can't, not possible, we don't offer) with no alternative, helper or time
 * in the same or the next sentence. Source: coaching seed 000: saying no can be right,
 * "but … determining who else might be able to help, or when … and communicating that".
 */
const meta: RuleMeta<'bare-no'> = {
  id: 'no-alternative',
  category: 'no-alternative',
  description: 'Notices a "no" that names no alternative, no one who can help and no time.',
  messages: {
    en: {
      'bare-no': {
        why: 'A “no” with nothing after it ends the conversation for the customer.',
        alternatives: ['Add who else can help, or when you could.', 'Offer the closest thing you can do instead.'],
      },
    },
  },
};

/**
 * A rule book or a shrug that is the whole answer: "It's council policy.", "It's in the T&Cs
 * you accepted.", "That's just how engineer scheduling works." With no yes, no offer and nothing
 * we do anywhere in the reply, the customer hears a "no", however warm the apology around it
 * (issue 15: drafts by other hands label these no-alternative as often as excuse). Next to any
 * offer it is an explanation.
 */
const CUSTOMER_STEP = /\byou(?:'ll| will)? (?:need|have) to\b|\byou (?:can|could|may)\b(?! not\b|n't\b)/i;
// A warm closing line is neither a step nor news of what comes: "Speak soon!", "See you on Tuesday!" (cues.ts).
const givesAStep = (context: RuleContext) =>
  context.sentences.some(
    (_, index) =>
      !closingPleasantryAt(context, index) &&
      (openingOrderAt(context, index) !== null || sentenceTest(context, index, CUSTOMER_STEP)),
  );

// "You'll get an email by Friday", "it arrives Thursday": news of what comes, so not a closed door.
const SOMETHING_COMES = /\byou(?:'ll| will)(?: still| also)? (?:get|receive|have|see|hear|be able)\b/i;
// "Anything else I can help with today?" closes the reply: its "today" is no time the customer waits for.
const closesTheReply = (context: RuleContext, index: number) =>
  closingPleasantryAt(context, index) || closingCourtesy(context.sentences[index]!.text);
const namesWhatComes = (context: RuleContext) =>
  context.sentences.some(
    (_, index) =>
      !closesTheReply(context, index) &&
      (sentenceTest(context, index, TIME_CUE) || sentenceTest(context, index, SOMETHING_COMES)),
  );

const namesWhatComesBesides = (context: RuleContext, span: Span) => {
  const own = sentenceIndexAt(context.sentences, span.start);
  return context.sentences.some(
    (_, index) =>
      !closesTheReply(context, index) &&
      (sentenceTest(context, index, SOMETHING_COMES) || (index !== own && sentenceTest(context, index, TIME_CUE))),
  );
};

// The reply's last words sign it off ("Kind regards, Kate", "Anything else I can help with?"): it is
// finished, so an apology around a limit is all there is, not the opening of an answer still typed.
// A closing wish is a sign-off too (drafts by other hands end warm replies that refuse with one):
// "Hope to see you soon!", "We hope you can find someone to go in your place!", "Sorry about that!".
const SIGN_OFF =
  /^(?:best|thanks|thank you|cheers|(?:kind|warm|best|warmest) (?:regards|wishes)|regards|many thanks|yours (?:sincerely|faithfully|truly)|sincerely|take care|have a (?:good|great|nice|lovely|wonderful) (?:day|weekend|evening)|(?:I |we )?hope (?:to see you|you|your|this|that)|wishing you|sorry (?:about|for) that|enjoy)\b[^.!?]{0,60}[.!]?$/i;
// What may follow the last words: an emoji, a kiss, the agent's initials ("Have a lovely day! ^KT").
// Walked back from the end (a pattern anchored at the end would be tried from every position).
const INITIALS = /\^[A-Za-z]{1,4}$/;
const WORD_OR_STOP = /[\p{L}\p{N}.!?]/u;
function withoutTrailingMarks(text: string): string {
  let end = text.trimEnd().length;
  for (;;) {
    const initials = INITIALS.exec(text.slice(Math.max(0, end - 5), end));
    if (initials) end -= initials[0].length;
    else if (end > 0 && !WORD_OR_STOP.test(text[end - 1]!)) end--;
    else return text.slice(0, end).trim();
  }
}
const signsOff = (text: string) => SIGN_OFF.test(withoutTrailingMarks(text));
function signedOff(context: RuleContext): boolean {
  let count = context.sentences.length;
  // A last "sentence" of marks alone ("💕", "^KT") signs nothing: the words before it do.
  if (count > 1 && withoutTrailingMarks(context.sentences[count - 1]!.text) === '') count--;
  const last = context.sentences[count - 1];
  if (!last) return false;
  // The signature is masked out of the sentences: read what the draft holds after them.
  const after = context.draft.slice(last.end).trim();
  return signsOff(after) || signsOff(last.text) || closingCourtesy(last.text);
}

function wholeAnswerReasons(context: RuleContext): Span[] {
  const { plain, citations } = findPolicyReasons(context);
  const reasons = [...plain, ...citations, ...findShrugs(context), ...findAgreedTerms(context)];
  // A rule book or a shrug is a closed door however warmly it is said: sympathy and thanks do not
  // open it (draftActsOrOffers). A limit in any words ("We don't resize rings") is a "no" only when
  // nothing else is said, and sympathy counts as something said until the reply is signed off:
  // half-typed good replies often open with the apology and the limit and bring the way forward
  // next (issue 15: without the sign-off, 32 -> 44 of 969 good replies nagged at rest).
  // A refusal the shared list found and judged answered ("Full-size bikes aren't allowed … Folding
  // bikes are fine") is not asked again.
  let offers = reasons.length > 0 && draftActsOrOffers(context);
  if (reasons.length === 0 && findRefusals(context).length === 0) {
    if (!namesWhatComes(context)) reasons.push(...findBareLimits(context));
    // A finality's own time is its limit, not news of what comes: "The lunch menu stops at 3pm."
    reasons.push(...findFinalFacts(context).filter((span) => !namesWhatComesBesides(context, span)));
    // How things go in general ("Payment is by bank transfer or card.") refuses only a request,
    // and only with no time in the reply: with one it tells the customer when.
    if (reasons.length === 0 && customerAsksForSomething(context) && !namesWhatComes(context))
      reasons.push(...findGeneralRules(context));
    offers = reasons.length > 0 && (signedOff(context) ? draftActsOrOffers(context) : draftOffersSomething(context));
  }
  // A step for the customer, however bossy ("You need to restart the router"), is a way forward.
  if (reasons.length === 0 || offers || givesAStep(context)) return [];
  return [reasons.reduce((first, span) => (span.start < first.start ? span : first))];
}

export default defineRule({
  meta,
  check: (context) => {
    const bare: Span[] = findRefusals(context).filter((refusal) => !refusal.hasAlternative);
    // An upset customer reads a bare "no" as a door shut in their face: certain then.
    const certainty = context.mood.upset ? 'certain' : 'likely';
    // A plain "no" with nothing after it yet is also judged on the whole reply: the way forward is
    // usually the next sentence ("We can't expedite it. Delivery usually takes 10 business days."),
    // so showing the card at a short pause flashes it at agents who are still typing the answer.
    if (bare.length > 0)
      return bare.map((span) => report(meta, context, span.start, span.end, 'bare-no', certainty, 'reply'));
    // "Nothing else is said" is a judgement of the whole reply: held until it looks finished, since
    // the offer is often the next sentence typed (issue 15: 99 -> 121 half-typed good replies).
    return wholeAnswerReasons(context).map((span) =>
      report(meta, context, span.start, span.end, 'bare-no', certainty, 'reply'),
    );
  },
});

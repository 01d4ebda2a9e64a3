import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * Someone else's doing as the whole answer: "VAT is applied by our billing provider", "branch
 * closures are decided centrally", "tradespeople on our platform are independent", "we just
 * take the bookings", "an outage at one of our technology partners". Drafts written by people
 * who never saw the rules explain this way far more often than with "not my department" (issue
 * 15). It counts only in a reply that offers nothing: "refunds are processed by our payments
 * team, and I've asked them to send yours today" explains and acts.
 */
const SHAPES = anchoredShapes([
  [
    'by through via centrally',
    '(?:is|are|was|were) (?:\\w+ly )?(?:decided|set|issued|applied|processed|handled|managed|run|done|made|carried out|deducted|charged|released|calculated|stopped|rescheduled|cancelled|controlled|operated|owned|determined|employed|provided|dispatched|caused|triggered|flagged|blocked|declined|sent|delivered|fulfilled|serviced|maintained|arranged|organi[sz]ed|priced|billed) (?:(?:by|through|via)(?! (?:e-?mail|post|text|sms|phone|mail|courier|bank transfer|card|cheque|direct debit|the app|our app|the website|our website)\\b)|centrally)\\b',
  ],
  [
    'independent freelance self employed external third party separate',
    "(?:are|is|they're|it's) (?:all |fully )?(?:independent|freelance|self-employed|external|third-party|(?:a )?separate compan(?:y|ies))\\b",
  ],
  // "We just take the bookings" (not "we only deliver to the UK": a limit, the no-alternative rule's).
  [
    'just simply merely',
    '(?:we|I) (?:just|simply|merely) (?:take|pass|sell|book|handle|process|provide|collect|arrange|list|host|forward)\\b',
  ],
  [
    'glitch technical system outage extraordinary demand shortages issue issues fault faults problem problems',
    '(?:due to|because of|caused by) (?:a |an |the )?(?:glitch|technical (?:issue|fault|problem|error)s?|system (?:issue|fault|problem|error)s?|(?:an? )?outage|extraordinary circumstances|high demand|staff shortages|(?:an? )?(?:issue|fault|problem)s? (?:at|with) (?:one of )?(?:our|the|a) [\\w-]+ (?:partners?|providers?|suppliers?|contractors?))\\b',
  ],
  [
    'having issues problems trouble',
    '(?:our|the) (?:[\\w-]+ )?(?:provider|partner|supplier|contractor|carrier|courier)s? (?:has|have|is|are)(?: been)? having (?:issues|problems|trouble)\\b',
  ],
  // "At the bank's end" (not "on your end": that is blame, and "at the end" is time).
  ['end', "(?:at|on) (?:their|the [\\w-]+'s|[\\w-]+'s) end\\b"],
  ['responsibility', '(?:is|are) the responsibility of (?:our|the|a|an|your|their)\\b'],
  // A delay or cancellation put down to a cause outside us, as the whole answer (issue 15): "Repairs
  // are delayed due to a parts shortage", "Clinics are cancelled owing to staff availability".
  // The customer's own doing ("closed due to your missed payments") is blame, left to the blame rules.
  [
    'due owing because caused result',
    '(?:delay(?:ed|s)?|taking longer|running (?:late|behind)|extended|backlogs?|slower|reduced|suspended|longer than usual|postponed|held up|pushed back|on hold|cancell?ed|withdrawn)\\b[^.!?\\n]{0,60}? (?:due to|because of|caused by|owing to|as a result of)\\b(?! (?:your|you)\\b)',
  ],
  // Everyone else as the reason: "standard across the industry", "as with most airlines", "it happens to everyone".
  [
    'same standard normal common usual typical with case affecting affects happens happen hitting only across',
    "(?:the same|standard|normal|common|usual|typical) (?:for|with|across|at|in|among) (?:every|all|most|any|other)\\b|as (?:with|is the case with) (?:most|all|every|any|other|many)\\b|(?:affecting|affects|happens to|happen to|hitting) (?:all|every|everyone|most|many)\\b|you(?:'re| are) not the only one\\b|across the (?:whole )?(?:country|industry|sector|market|board)\\b",
  ],
  // The world's shortage as the answer: "There's a national shortage", "global chip shortages".
  [
    'shortage shortages issues',
    '(?:national|global|industry-wide|nationwide|worldwide|supply|chip|parts?|stock) (?:shortages?|supply issues)\\b',
  ],
]);

/**
 * The software or a named other team ("by our fraud system", "by finance, not support") is
 * excuse-system's and excuse-deflection's to name: their cards carry the rewrite that fits.
 */
const OTHER_RULES_WORDS = /\b(?:system|systems|software|computer)\b|, not (?:us|me|support|our|the|this)\b/i;

const meta: RuleMeta<'someone-else'> = {
  id: 'excuse-someone-else',
  category: 'excuse',
  // Only as the whole answer: next to any offer, another party's doing is an explanation.
  judges: 'reply',
  description: 'Notices another party\'s doing given as the whole answer ("applied by our billing provider").',
  messages: {
    en: {
      'someone-else': {
        why: 'Who else is involved does not help the customer; what happens next does.',
        alternatives: [
          'Keep the reason short and say what you will do with that party, and when.',
          'If the customer must deal with them, make the hand-off for them or tell them exactly how.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => {
    const spans = matchAnchoredGroups(context, SHAPES).filter((span) => {
      const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
      return !sentence || !OTHER_RULES_WORDS.test(sentence.text);
    });
    if (spans.length === 0 || draftOffersSomething(context)) return [];
    return spans.map((span) => report(meta, context, span.start, span.end, 'someone-else', 'likely'));
  },
});

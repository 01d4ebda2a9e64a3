import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { openingOrderAt } from '@/lib/rules/shared/imperatives';
import { anchorWords, matchAnchored, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';
import { CONTACT_BANS, ENSURE_ORDERS } from '@/lib/rules/shared/order-shapes';

/**
 * Orders to the customer. "If you need to", "all you need to do", "you don't have to" and
 * "you must be exhausted" stay silent: they are not orders. Source: coaching seed 000 (people
 * should leave "empowered", not instructed). Drafts written by people who never saw these
 * rules (issue 15) also order through requirements ("it is required that you", "all disputes
 * must be submitted via the portal", "kindly revert") and bare imperatives ("Resubmit it.");
 * a bare imperative counts only in a reply that offers nothing else (no yes, no thanks or
 * apology, no alternative, no follow-up): "Open the app and tap Transfer" answering a how-to
 * question is help.
 */
const ORDER = phrasesAtWordStart(
  [
    "you(?:'ll| will|'d| would) (?:have|need) to\\b(?! take (?:it|that|this) up)",
    'you must (?!be |have |feel |know |see |love |think |try the )\\w+',
    // "There's nothing further you need to do" tells them they are done.
    '(?<!\\b(?:if|all|what|whatever|everything|anything|when|whenever|do|does|that|where|why|only thing|in case|unless)\\s)(?<!\\bnothing\\s|\\bnothing (?:further|else|more)\\s)(?:you|u) (?:need|have) to (?!be |know |say |do is )\\w+',
    "you(?:'re| are) required to\\b",
    "you(?:'ve| have) got to\\b",
    // Passive orders: "special meals must be requested 48 hours ahead".
    '(?<!\\b(?:may|might)\\s)(?:must|need to|has to|have to) be (?:requested|booked|made|submitted|sent|filled in|completed|returned|received|reported|signed)\\b',
    // Any passive after "must": "All disputes must be submitted via our online portal".
    '(?<!\\b(?:you|it|that|this|which)\\s)must (?:all |always |first )?be (?!(?:exhausted|frustrated|worried|annoyed|disappointed|tired|stressed|confused|upset|relieved|pleased|delighted|thrilled|excited|surprised|shocked|concerned|fed|so|very|really)\\b)[a-z]+ed\\b',
    'must (?:not|never) (?!have been\\b)\\w+',
    "(?:it is|it's) (?:required|mandatory|compulsory|essential|necessary) (?:that you|for you to)\\b",
    "(?:you|u)(?:'re| are) (?:requested|obliged|expected|obligated|asked) to\\b",
    // "that wasn't explained kindly at the till": how something was done, not a request (issue 15).
    '(?<!\\b[a-z]{2,20}(?:ed|en)\\s)kindly (?!regards\\b|note\\b|be advised\\b|accept\\b|find\\b|bear with\\b)[a-z]+',
    'please refrain from\\b',
    'failure to (?:do so|comply|attend|pay|respond|provide)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'must required need have has got mandatory compulsory essential necessary requested obliged expected obligated asked kindly refrain failure',
);

const meta: RuleMeta<'order'> = {
  id: 'commanding',
  category: 'commanding',
  description: 'Notices orders to the customer ("you\'ll have to", "you must", "you need to").',
  messages: {
    en: {
      order: {
        why: 'Orders put the work on the customer and sound like a rule rather than help.',
        alternatives: [
          'Offer the step as a way forward and say what it will fix.',
          'If you can do the step for them, say that you will.',
        ],
      },
    },
  },
};

/**
 * The agent shares the step: "you'll need to sign in again, and I'll stay on the line", "Appeals
 * must be lodged by 20 May; I can send you the form", "You need to do it by Thursday. I've also
 * skipped it for you." Good replies by people who never saw these rules (issue 15) state the
 * requirement and take part of it on; that is a way forward, not an order. Only what follows the
 * order counts, in its sentence or the next: "I've checked, and you need to call your bank" still orders,
 * and so does an order followed by what we have already done ("We've done our part") or by what
 * we will do only once they have obeyed ("before we can look at it").
 */
const AGENT_ACTS =
  /(?<!\b(?:before|until|unless|till|otherwise|then) )\b(?:I|we)(?:'ll| will| can| could|'ve)(?: also| already| just)? (?!to\b|be\b|not\b|never\b|need\b|have to\b|done\b|tried\b|told\b|explained\b|said\b|mentioned\b)[a-z]{2,20}\b|\b(?:I|we) have (?:also |already |just )?(?!tried\b|told\b|explained\b|mentioned\b)[a-z]{2,20}ed\b/i;
/**
 * The step made light right after it (issue 15, good replies by other hands): "It's quick online
 * at nhs.uk", "it takes about 5 minutes", "I'm happy to do it with you over the phone", "Help to
 * Claim can help you make the claim", "If you've lost it, you can post it to FREEPOST…".
 */
const STEP_EASED =
  /\b(?:can|will) help you\b|^if [^,.]{1,60}, you can\b|\b(?:it's|it is|which is) (?:quick|free|easy|simple)\b|\btakes (?:about |only |just |under |less than )?(?:a (?:few|couple of) |\d+ |two |five |ten )(?:minutes|mins)\b|\b(?:I'm|I am|we're|we are|I'd be|we'd be) (?:happy|glad) to\b/i;
function agentSharesStep(context: RuleContext, order: Span): boolean {
  const index = sentenceIndexAt(context.sentences, order.start);
  const sentence = context.sentences[index];
  if (!sentence) return false;
  const rest = context.lintable.slice(order.end, sentence.end);
  if (AGENT_ACTS.test(rest) || STEP_EASED.test(rest)) return true;
  return (
    index + 1 < context.sentences.length &&
    (sentenceTest(context, index + 1, AGENT_ACTS) || sentenceTest(context, index + 1, STEP_EASED))
  );
}

/** Sentences opening with an order, in a reply that offers nothing else. */
function bareOrders(context: RuleContext): Span[] {
  const spans: Span[] = [];
  let offers: boolean | null = null;
  context.sentences.forEach((sentence, index) => {
    const order = openingOrderAt(context, index);
    if (!order) return;
    offers ??= draftOffersSomething(context);
    if (!offers) spans.push({ start: sentence.start + order.start, end: sentence.start + order.end });
  });
  return spans;
}

export default defineRule({
  meta,
  check: (context) => {
    const certainty = context.mood.upset ? 'certain' : 'likely';
    const phrased = [
      ...matchAnchored(context, ANCHORS, ORDER),
      ...matchAnchoredGroups(context, CONTACT_BANS),
      ...matchAnchoredGroups(context, ENSURE_ORDERS),
    ].filter((span) => !agentSharesStep(context, span));
    const bare = bareOrders(context).filter((span) => !phrased.some((o) => span.start < o.end && o.start < span.end));
    // A bare order is one only in a reply that offers nothing: a judgement of the whole reply.
    return [
      ...phrased.map((span) => report(meta, context, span.start, span.end, 'order', certainty)),
      ...bare.map((span) => report(meta, context, span.start, span.end, 'order', certainty, 'reply')),
    ];
  },
});

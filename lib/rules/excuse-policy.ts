import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { excuseCertainty } from '@/lib/rules/shared/excuse-certainty';
import { findPolicyReasons } from '@/lib/rules/shared/policy-reasons';

/**
 * Hiding a "no" behind a rule book (the shapes are in shared/policy-reasons.ts). Source:
 * coaching seed 002. A citation next to what we will do explains a limit, so it counts only
 * without one.
 */
const BUT_WE_ACT =
  /^[^.!?]{0,40}?\bbut\b[^.!?]{0,80}?\b(?:I(?:'ve| have|'ll| will| can)|we(?:'ve| have|'ll| will| can)|you (?:have|can)|here(?:'s| is| are))\b/i;
const wayForwardAfter = (context: RuleContext, span: Span) =>
  BUT_WE_ACT.test(context.lintable.slice(span.end, span.end + 160));

/**
 * A legal duty followed by the step made easy: "We're required by law to check ID. It takes about
 * two minutes in the app", "and if you'd rather use a driving licence, that works too", "I can
 * send a link". Good replies by other hands (issue 15) give the reason for a check and then carry
 * the customer through it; the rule is an explanation there. Looks at its sentence and the next two.
 */
const STEP_MADE_EASY =
  /\btakes? (?:about |only |just |under |less than )?(?:a (?:few|couple of) |\d+ |two |three |five |ten )(?:minutes|mins)\b|\bif you(?:'d| would) rather\b|\bI can (?:send|help)\b/i;
// Only a duty from outside (law, regulation): "it's our policy" with an easy step is still our own rule.
const LEGAL_DUTY = /\b(?:law|legal(?:ly)?|regulat\w*|rules)\b/i;
function stepMadeEasyAfter(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  const sentence = context.sentences[index];
  if (!sentence || !LEGAL_DUTY.test(sentence.text)) return false;
  const following = context.sentences.slice(index + 1, index + 3).map((next) => next.text);
  return STEP_MADE_EASY.test([context.lintable.slice(span.end, sentence.end), ...following].join(' '));
}
const eased = (context: RuleContext, span: Span) => wayForwardAfter(context, span) || stepMadeEasyAfter(context, span);

const meta: RuleMeta<'policy'> = {
  id: 'excuse-policy',
  category: 'excuse',
  description: 'Notices a refusal explained by policy or permission ("it\'s our policy", "I\'m not allowed to").',
  messages: {
    en: {
      policy: {
        why: 'Quoting policy puts a rule between you and the customer and tells them only what you won’t do.',
        alternatives: [
          'Lead with what you can do for them inside the rule.',
          'If the rule protects the customer, say how, in plain words.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => {
    const { plain, citations } = findPolicyReasons(context);
    return [
      // "It carries a fee under our policy, but I've waived it", "I'm not allowed to share the
      // reasons, but you have options: …" (issue 15, good replies by other hands): with the way
      // forward right after it, the rule book explains a limit.
      ...plain.map((span) =>
        report(meta, context, span.start, span.end, 'policy', eased(context, span) ? 'possible' : 'certain'),
      ),
      ...citations.map((span) =>
        report(
          meta,
          context,
          span.start,
          span.end,
          'policy',
          stepMadeEasyAfter(context, span) ? 'possible' : excuseCertainty(context, span, 'likely'),
        ),
      ),
    ];
  },
});

import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
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
        report(meta, context, span.start, span.end, 'policy', wayForwardAfter(context, span) ? 'possible' : 'certain'),
      ),
      ...citations.map((span) =>
        report(meta, context, span.start, span.end, 'policy', excuseCertainty(context, span, 'likely')),
      ),
    ];
  },
});

import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { excuseCertainty } from '@/lib/rules/shared/excuse-certainty';
import { findPolicyReasons } from '@/lib/rules/shared/policy-reasons';

/**
 * Hiding a "no" behind a rule book (the shapes are in shared/policy-reasons.ts). Source:
 * coaching seed 002. A citation next to what we will do explains a limit, so it counts only
 * without one.
 */
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
      ...plain.map((span) => report(meta, context, span.start, span.end, 'policy', 'certain')),
      ...citations.map((span) =>
        report(meta, context, span.start, span.end, 'policy', excuseCertainty(context, span, 'likely')),
      ),
    ];
  },
});

import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for orders (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the commanding rules have no shape for yet (issue 15). It
 * speaks only when no rule found orders in the draft.
 */
export default learnedRule({
  id: 'learned-commanding',
  category: 'commanding',
  description: 'A learned guess: a sentence that reads like an order to the customer, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This may read as an order (a learned guess); it puts the work on the customer without a why.',
        alternatives: [
          'Offer the step as a way forward and say what it will fix.',
          'If you can do the step for them, say that you will.',
        ],
      },
    },
  },
});

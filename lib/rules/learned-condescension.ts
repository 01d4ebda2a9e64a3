import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for condescension (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the condescension rules have no shape for yet (issue 15). It
 * speaks only when no rule found condescension in the draft.
 */
export default learnedRule({
  id: 'learned-condescension',
  category: 'condescension',
  description: 'A learned guess: a sentence that may talk down to the customer, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This may sound as if the customer should have known already (a learned guess).',
        alternatives: [
          'Give the information plainly, as if for the first time.',
          'Point to where it is, and say it is easy to miss if that is true.',
        ],
      },
    },
  },
});

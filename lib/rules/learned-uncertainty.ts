import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for uncertainty (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the uncertainty rules have no shape for yet (issue 15). It
 * speaks only when no rule found uncertainty in the draft.
 */
export default learnedRule({
  id: 'learned-uncertainty',
  category: 'uncertainty',
  description: 'A learned guess: not knowing, with no promise to find out, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This may leave the customer unsure what happens next (a learned guess).',
        alternatives: [
          'Say what you will find out, from whom, and when you will reply.',
          'Share what you do know so far, then the next step.',
        ],
      },
    },
  },
});

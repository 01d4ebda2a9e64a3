import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for a no without an alternative (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the no-alternative rules have no shape for yet (issue 15). It
 * speaks only when no rule found a no without an alternative in the draft.
 */
export default learnedRule({
  id: 'learned-no-alternative',
  category: 'no-alternative',
  description: 'A learned guess: a sentence that reads like a no with nothing after it, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This reads like a closed door (a learned guess): nothing says what the customer can do now.',
        alternatives: [
          'Add the closest thing you can do, or who can help and when.',
          'If the answer really is no, say what would change it, if anything.',
        ],
      },
    },
  },
});

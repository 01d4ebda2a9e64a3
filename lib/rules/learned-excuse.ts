import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for excuses (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the excuse-* rules have no shape for yet (issue 15). It
 * speaks only when no rule found excuses in the draft.
 */
export default learnedRule({
  id: 'learned-excuse',
  category: 'excuse',
  description: 'A learned guess: a sentence worded like the excuses in our labelled drafts, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This sentence reads like a reason why not (a learned guess); the customer mostly wants to know what happens next.',
        alternatives: [
          'Keep the reason short and say what you can do or who will act, and when.',
          'If the reason protects the customer, say how in plain words.',
        ],
      },
    },
  },
});

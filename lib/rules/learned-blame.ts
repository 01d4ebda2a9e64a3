import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for blame (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the blame-customer rules have no shape for yet (issue 15). It
 * speaks only when no rule found blame in the draft.
 */
export default learnedRule({
  id: 'learned-blame',
  category: 'blame',
  description: 'A learned guess: a sentence that puts the problem on the customer, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This sentence may read as the customer being at fault (a learned guess), which puts them on the defensive.',
        alternatives: [
          'Describe what happened without making the customer the subject.',
          'Go straight to the fix; offer any tip for next time as a tip.',
        ],
      },
    },
  },
});

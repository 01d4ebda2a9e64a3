import { learnedRule } from '@/lib/rules/shared/learned-rule';

/**
 * Learned second opinion for jargon (shared/learned-rule.ts): trained on the project's own
 * labelled drafts, it notices wordings the jargon rules have no shape for yet (issue 15). It
 * speaks only when no rule found jargon in the draft.
 */
export default learnedRule({
  id: 'learned-jargon',
  category: 'jargon',
  description: 'A learned guess: internal shorthand the customer may not know, when no rule matched.',
  messages: {
    en: {
      learned: {
        why: 'This sentence may use internal shorthand (a learned guess) that makes the customer guess.',
        alternatives: [
          'Use the words the customer used, or say what it means for them.',
          'If a term matters, explain it in a few plain words.',
        ],
      },
    },
  },
});

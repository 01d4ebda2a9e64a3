import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: "nothing can be done". Source: coaching seed 000 (saying no is fine
 * when you say who else can help, or when); these phrases say neither.
 */
const HELPLESS = phrasesAtWordStart(
  [
    '(?:our|my) hands are tied\\b',
    "(?:there's |there is )?nothing (?:more |else )?(?:I|we) can do\\b",
    "(?:that's|it's|that is|it is) (?:just |simply )?(?:how|the way) (?:it is|it works|things are|things work|it goes|we do things)\\b",
    'it is what it is\\b',
    "there(?:'s| is)(?:n't| not) (?:anything|much|a lot) (?:more |else )?(?:I|we) (?:can|could) do\\b",
    'nothing (?:that )?(?:could|can) (?:be|have been) done\\b',
    "(?:I|we) (?:have|'ve got) no (?:control|say|influence) over\\b",
    "(?:I|we) (?:don't|do not) have the (?:ability|power|authority|permission) to\\b",
    '(?:out of|beyond) (?:my|our) (?:hands|control)\\b',
    'not up to (?:me|us)\\b',
    "(?:I|we) (?:can't|cannot) do anything about (?:it|that|this)\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'hands nothing how way what ability power authority permission control up anything much lot done say influence',
);

const meta: RuleMeta<'helpless'> = {
  id: 'excuse-helpless',
  category: 'excuse',
  description: 'Notices "our hands are tied", "nothing I can do", "that\'s just how it is".',
  messages: {
    en: {
      helpless: {
        why: 'Saying nothing can be done leaves the customer alone with the problem.',
        alternatives: [
          'Say what is still in your power, even if it is small.',
          'Name who can decide, and offer to take the case to them.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, HELPLESS).map((span) =>
      report(meta, context, span.start, span.end, 'helpless', 'certain'),
    ),
});

import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: orders to the customer. "If you need to", "all you need to do",
 * "you don't have to" and "you must be exhausted" stay silent: they are not orders.
 * Source: coaching seed 000 (people should leave "empowered", not instructed).
 */
const ORDER = phrasesAtWordStart(
  [
    "you(?:'ll| will|'d| would) (?:have|need) to\\b(?! take (?:it|that|this) up)",
    'you must (?!be |have |feel |know |see |love |think |try the )\\w+',
    '(?<!\\b(?:if|all|what|whatever|everything|anything|when|whenever|do|does|that|where|why|only thing|in case|unless)\\s)you (?:need|have) to (?!be |know |say |do is )\\w+',
    "you(?:'re| are) required to\\b",
    "you(?:'ve| have) got to\\b",
    // Passive orders: "special meals must be requested 48 hours ahead".
    '(?:must|need to|has to|have to) be (?:requested|booked|made|submitted|sent|filled in|completed|returned|received|reported|signed)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords('must required need have has got');

const meta: RuleMeta<'order'> = {
  id: 'commanding',
  category: 'commanding',
  description: 'Notices orders to the customer ("you\'ll have to", "you must", "you need to").',
  messages: {
    en: {
      order: {
        why: 'Orders put the work on the customer and sound like a rule rather than help.',
        alternatives: [
          'Offer the step as a way forward and say what it will fix.',
          'If you can do the step for them, say that you will.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, ORDER).map((span) =>
      report(meta, context, span.start, span.end, 'order', context.mood.upset ? 'certain' : 'likely'),
    ),
});

import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';
import { onePerSentence } from '@/lib/rules/shared/one-per-sentence';

/**
 * Good practice: the agent takes the problem on ("I'll", "I've refunded", "let me check",
 * "that's our mistake"). "Let me know" is the customer's job, not ours, so it stays silent;
 * "I'll be honest" is a figure of speech.
 */
const OWNERSHIP = phrasesAtWordStart(
  [
    "I(?:'ll| will) (?:personally |also |now |immediately |gladly )?(?!be honest|admit|be frank|have to|need to|just say)(?:\\w+)",
    "I(?:'ve| have) (?:already |just |now |personally |gone ahead and )?(?:\\w+ed|sent|taken|made|set|put|done|written|run|found|given|kept|paid|caught)\\b",
    'let me (?!know)\\w+',
    "(?:that's|that is|it's|this is|it was) (?:our|my) (?:mistake|fault|error)\\b",
    'we should have\\b',
    "I'm (?:taking (?:this|it) on|on it)\\b",
  ],
  'gi',
);
// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords("i i'll i've i'm let mistake fault error should");
const MAX_NOTICED = 3;

const meta: RuleMeta<'owned'> = {
  id: 'ownership',
  category: 'ownership',
  description: 'Notices the agent taking the problem on ("I\'ll", "I\'ve refunded", "let me check").',
  messages: {
    en: {
      owned: {
        why: 'Saying what you personally will do shows the customer someone is on their side.',
        alternatives: ['Keep it: pair it with when it will happen, if you can.'],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    onePerSentence(context, matchAnchored(context, ANCHORS, OWNERSHIP), MAX_NOTICED).map((span) =>
      report(meta, context, span.start, span.end, 'owned', 'certain'),
    ),
});

import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';
import { onePerSentence } from '@/lib/rules/shared/one-per-sentence';

/**
 * Good practice: thanking the customer in the body of the reply. Sign-offs ("Thanks,\nAlex")
 * are blanked before rules run, and "thanks to the update" (a cause) or "thanks in advance"
 * (a demand) do not count.
 */
const THANKING = phrasesAtWordStart(
  [
    '(?:thank you|thanks|many thanks)\\b(?! in advance| to (?:a|an|the|our|your|this|that)\\b)',
    '(?:I|we) (?:really |truly )?appreciate\\b',
    "(?:I'm|I am|we're|we are) (?:so |really |very )?grateful\\b",
  ],
  'gi',
);
const MAX_NOTICED = 2;
// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords('thank thanks appreciate grateful');

const meta: RuleMeta<'thanked'> = {
  id: 'thanks',
  category: 'thanks',
  description: 'Notices the customer being thanked in the body of the reply.',
  messages: {
    en: {
      thanked: {
        why: 'Thanking them for what they did (the report, the patience, the detail) makes them feel like a partner.',
        alternatives: ['Say what you are thanking them for, if it is not already clear.'],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    onePerSentence(context, matchAnchored(context, ANCHORS, THANKING), MAX_NOTICED).map((span) =>
      report(meta, context, span.start, span.end, 'thanked', 'certain'),
    ),
});

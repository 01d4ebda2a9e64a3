import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { TIME_CUE } from '@/lib/rules/shared/cues';
import { namesUnhedgedTime } from '@/lib/rules/shared/hedged-time';
import { anchorWords, sentencesWith } from '@/lib/rules/shared/match-spans';

/**
 * Good practice: a concrete next step, ideally with a time ("I'll email you by Friday",
 * "it should arrive within 3 days", "I'll call you when the part arrives").
 * The whole sentence is the span: the agent sees which sentence carries the promise.
 */
const ACTION = phrasesAtWordStart(
  [
    "(?:I|we)(?:'ll| will|'m going to| am going to| are going to)\\b",
    "you(?:'ll| will) (?:get|receive|hear|see)\\b",
    "(?:it|they|the \\w+|your \\w+)(?:'ll| will| should) (?:arrive|show|reach|be (?:with you|back|live|ready|there|active))\\b",
    '(?:is|are) due\\b',
    '(?:ships|arrives|reopens|restarts|leaves|goes out)\\b',
  ],
  'i',
);
const WHEN_SOMETHING_HAPPENS =
  /\b(?:I|we)(?:'ll| will) (?:email|call|message|write to|let|update|notify|tell) (?:you|\w+) (?:know )?(?:when|as soon as|once|the moment|the day)\b/i;
const MAX_NOTICED = 2;
// "I'll email you, hopefully by Friday" hedges the time away (issue 15, must-have 4).
const TIMES = new RegExp(TIME_CUE.source, 'gi');

// Every ACTION or WHEN_SOMETHING_HAPPENS match contains one of these words (future tense,
// "should arrive", "is due", "ships"); plain "I" or "the" would make every sentence a candidate.
const ANCHORS = anchorWords(
  "i'll we'll will going you'll it'll they'll should due ships arrives reopens restarts leaves goes",
);

const meta: RuleMeta<'next'> = {
  id: 'next-step',
  category: 'next-step',
  description: 'Notices a concrete next step, ideally with a time ("by Friday", "within 24 hours").',
  messages: {
    en: {
      next: {
        why: 'A next step with a time tells the customer exactly what happens and when to expect it.',
        alternatives: ['Keep it, and keep the promise: note the time for yourself.'],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    sentencesWith(context, ANCHORS)
      .filter(
        (index) =>
          sentenceTest(context, index, WHEN_SOMETHING_HAPPENS) ||
          (sentenceTest(context, index, ACTION) &&
            sentenceTest(context, index, TIME_CUE) &&
            namesUnhedgedTime(context.sentences[index]!.text, TIMES)),
      )
      .slice(0, MAX_NOTICED)
      .map((index) => context.sentences[index]!)
      .map((sentence) => report(meta, context, sentence.start, sentence.end, 'next', 'certain')),
});

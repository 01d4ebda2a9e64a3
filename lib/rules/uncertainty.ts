import { defineRule, report, type Certainty, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { followUpNear } from '@/lib/rules/shared/cues';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase lists: not knowing, with no promise to find out in the same or next sentence.
 * "I don't know the exact date yet, but I'll ask and reply by Friday" stays silent;
 * "I know exactly what happened" never matches.
 */
const DONT_KNOW = phrasesAtWordStart(
  [
    "I (?:don't|do not) know\\b",
    'no idea\\b',
    'dunno\\b',
    '(?:no|not a) clue\\b',
    'beats me\\b',
    "(?:I|we) (?:have|'ve got) no (?:visibility|insight|way of knowing|information)\\b",
    "(?:I|we) (?:can't|cannot) say\\b",
    'who knows\\b',
    'your guess is as good as mine\\b',
  ],
  'gi',
);
const UNSURE = phrasesAtWordStart(
  [
    "(?:I'm|I am|we're|we are) not (?:(?:100%|totally|entirely|completely|really|quite|too) )?(?:sure|certain)\\b",
    "(?<!\\b(?:I'm|I am|we're|we are) )not sure\\b",
    "(?:I|we) (?:can't|cannot) (?:promise|guarantee) (?:anything|that it|it will)\\b",
    '(?:hard|difficult|impossible) to (?:say|tell)\\b',
    'I guess\\b',
    'I think so\\?',
    '(?:should )?probably (?:be )?(?:fine|ok|okay|work)\\b',
    "hopefully (?:it|this|that|they)(?:'ll| will| should)\\b",
  ],
  'gi',
);
const NO_DATE_YET = phrasesAtWordStart(
  [
    "(?:I|we) (?:don't|do not) (?:have|know) (?:an? |the )?(?:eta|date|timeline|timeframe|time ?frame|update)(?: yet| for (?:this|that|it))?\\b",
    // Only about the future: "you must have signed up at some point" is not a vague promise.
    "(?<=\\b(?:will|'ll|should|might|may|could|going to)\\b[^.!?\\n]{0,60})at some point\\b",
    'probably (?:next|this|tomorrow|today|in a|within)\\b',
    '(?:could|might|may) take (?:a while|weeks|days|some time)\\b',
  ],
  'gi',
);
const GUESSING = phrasesAtWordStart(
  [
    'maybe (?:it|the|they|this|that)\\b',
    '(?:it|this|that|the \\w+) (?:may|might) (?:have|work|be)\\b',
    'I believe (?:it|they|that|this) (?:should|will|might)\\b',
    'could be (?:next|tomorrow|a while|weeks|days|anything)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'know idea dunno clue beats visibility insight way information say knows guess sure certain tell think probably hopefully promise guarantee maybe may might believe could eta date timeline timeframe time update point take',
);

const meta: RuleMeta<'unknown'> = {
  id: 'uncertainty',
  category: 'uncertainty',
  description: 'Notices "I don\'t know" or "not sure" with no promise to find out.',
  messages: {
    en: {
      unknown: {
        why: '“I don’t know” on its own leaves the customer with nowhere to go.',
        alternatives: [
          'Say what you will find out, from whom, and when you will reply.',
          'Share what you do know so far, then the next step.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => {
    const lists: Array<[RegExp, Certainty]> = [
      [DONT_KNOW, 'certain'],
      [UNSURE, 'likely'],
      [NO_DATE_YET, 'likely'],
      [GUESSING, 'possible'],
    ];
    return lists.flatMap(([pattern, certainty]) =>
      matchAnchored(context, ANCHORS, pattern)
        .filter((span) => {
          const index = sentenceIndexAt(context.sentences, span.start);
          const sentence = context.sentences[index];
          if (!sentence) return true;
          // "Not sure which plan fits?" speaks to the customer's doubt, not ours.
          const askingThem =
            sentence.start === span.start && sentence.text.endsWith('?') && /^not sure/i.test(sentence.text);
          return !askingThem && !followUpNear(context, index);
        })
        .map((span) => report(meta, context, span.start, span.end, 'unknown', certainty)),
    );
  },
});

import { defineRule, report, type Certainty, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { FOLLOW_UP_CUE, followUpNear, TIME_CUE } from '@/lib/rules/shared/cues';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { anchorWords, matchAnchored, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';
import { HEDGED_PROMISES, WHEN_LEFT_OPEN } from '@/lib/rules/shared/open-ended-shapes';
import { HEDGED_ANSWERS, HEDGED_TIMES, NO_TIME_GIVEN } from '@/lib/rules/shared/hedged-outcomes';
import { clockTime } from '@/lib/rules/shared/vague-time';

/**
 * Not knowing, with no promise to find out in the same or next sentence. "I don't know the
 * exact date yet, but I'll ask and reply by Friday" stays silent; "I know exactly what
 * happened" never matches. The shapes added for issue 15 come from drafts written by people
 * who never saw these rules: "we don't know how long", "couldn't tell you why", "ETA
 * unknown", "nobody tells us anything", "could be a week, could be a month".
 */
const DONT_KNOW = phrasesAtWordStart(
  [
    "I (?:don't|do not) know\\b",
    'no idea\\b',
    'dunno\\b',
    '(?:no|not a) clue\\b',
    'beats me\\b',
    // "I've no visibility of that", "I'd have no visibility": the same shrug, contracted.
    "(?:I|we)(?:'ve| have|'ve got|'d have| would have) no (?:visibility|insight|way of knowing|information)\\b",
    "(?:I|we) (?:can't|cannot) say\\b",
    'who knows\\b',
    'your guess is as good as mine\\b',
    // "we don't really know", "Don't know, maybe…" (not "I don't know how much simpler it can get").
    "(?:(?:I|we) |(?<=^|[,;]\\s))(?:really |honestly |actually |just )?(?:don't|do not|dont) (?:really |honestly |actually |quite |exactly )?know\\b(?! how (?:much|many)| what (?:else|you))",
    "(?:I|we) (?:can't|cannot|can not) give (?:you )?(?:a |an )?(?:firm |exact |definite |precise )?(?:date|time|timeline|timeframe|eta|answer)\\b",
    'idk\\b',
    "(?:(?:I|we) )?(?:really |honestly )?(?:couldn't|could not|can't|cannot|can not) (?:really |honestly )?(?:tell you|say)\\b(?! how (?:sorry|much|grateful|pleased|happy|glad)| enough)",
    "(?:I|we) (?:can't|cannot|can not|couldn't|could not) see (?:why|what|which|how|when|where|the reason|any reason|a reason)\\b",
    "(?:that's|that is) all (?:I|we) (?:can|could) (?:see|tell you|find|say)\\b",
    "(?:I'm|I am|we're|we are) not aware (?:of|that)\\b",
    // Any "when" or "why" left open: "Restoration times are unknown at this stage", "cause unclear".
    '(?:eta|times?|dates?|timelines?|timescales?|lead times?|timeframes?|end times?|restoration times?|fix dates?|causes?|reasons?|durations?|wait times?)(?: is| are)? (?:currently |still |as yet |presently )?(?:tbc|tbd|tba|unknown|unclear|not known|not yet known|uncertain)\\b',
    'unsure (?:of|about|when|why|what|how|if|whether)\\b',
    "(?:I|we) (?:don't|do not) have (?:access to|visibility of|sight of|any information|any details|any update|the details)\\b",
    '(?:nobody|no one) (?:ever )?(?:tells|told|informs|updates) (?:us|me)\\b',
    "(?:they|management|head office|the \\w+) (?:don't|doesn't|do not|does not|never) (?:really )?(?:tell|inform|update) (?:us|me)\\b",
    "(?:we|I) (?:don't|do not|never) get told\\b",
  ],
  'gi',
);
const UNSURE = phrasesAtWordStart(
  [
    "(?:I'm|I am|we're|we are) not (?:(?:100%|totally|entirely|completely|really|quite|too) )?(?:sure|certain)\\b",
    // "If you're not sure where to get it" is the customer's doubt, not ours (issue 15).
    "(?<!\\b(?:I'm|I am|we're|we are|you're|you are|they're|they are) )not sure\\b(?! what (?:else|you))",
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
// A guess about the customer's own case, said as the answer (issue 15): "It may have been a
// temporary issue", "The billing code used may not be covered", "It will probably be refunded".
const MODAL_GUESS = phrasesAtWordStart(
  [
    // Not what they may have to do or may be eligible for (issue 15): "the landlord may have to
    // pay you", "your daughter may be eligible", "a repair might be better" tell them their options.
    '(?:it|this|that|(?:the |your )?[a-z]{1,20} [a-z]{1,20}) (?:may|might) (?:not )?(?:have|be)\\b(?! to\\b| (?:eligible|entitled|better|best|cheaper|quicker|easier)\\b)',
    "(?:it|this|that|they|the [\\w-]+)(?:'ll| will| would) probably\\b",
    "(?:it's|it is) possible (?:that )?(?:someone|somebody|it|they|you|the|your)\\b",
    // "It could be a few more weeks": a time guessed, not given.
    '(?:it|this|that) (?:could|might|may) (?:be|take) (?:a few |another |a couple of |several )?(?:more )?(?:days|weeks|months|a while)\\b',
    // "The fault is likely on your CPE", "It's likely something in your home": the cause guessed.
    "(?:it's|it is|that's|this is|(?:the |your )?[a-z]{1,20} (?:is|are)) (?:most |very )?(?:likely|probably) (?:on|in|at|due|because|too|outdated|that|something|your|the|a)\\b",
  ],
  'gi',
);
// Guesses said as guesses, with no check behind them: "Probably your dish moved", "could be a
// week, could be a month", "might be a pre-auth".
const LIKELY_GUESS = phrasesAtWordStart(
  [
    '(?<=^|, )probably (?:your|the|it|a|an|because|just|something|streaming|nothing)\\b',
    '(?:might|could|may) be [^,.!?\\n]{1,30}, (?:or )?(?:might|could|may) be\\b',
    '(?<=^|, )(?:might|may|could) be (?:a|an|the|your|something|because)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'likely possible know idea dunno clue beats visibility insight way information say knows guess sure certain tell think probably hopefully promise guarantee maybe may might believe could eta date timeline timeframe time answer update point take idk dont see all aware tbc tbd tba unknown unclear known uncertain unsure access sight details tells told informs updates inform told be',
);

/**
 * Good replies by people who never saw these rules (issue 15) say "we don't know yet" and then
 * when it will be known ("The union confirms on Wednesday"), or guess a cause and then act on it
 * ("probably because the name is your late husband's. I've updated the account"). Either is
 * a way forward; "yet" alone, or a guess with nothing done, is not.
 */
const NOT_YET = /^,? ?yet\b/i;
// "I don't know for certain yet", "I can't give you a date today": after a plain "don't know",
// later in the clause counts too (not after "at some point", where "today" is the vague time itself).
const NOT_KNOWN_YET = /^[^.!?;:]{0,25}?\b(?:yet|today|right now|at the moment|at this stage)\b/i;
// "I've frozen the account", "I'm posting you the right charger today" (issue 15) are steps taken too.
const WE_ACTED =
  /\b(?:I|we)(?:'ve| have) (?:now |also |already |just )?(?:[a-z]{2,20}ed|sent|resent|made|put|set|done|frozen|paid|given|taken|written|found|told|rung|kept|held|brought|bought|got|split|cut|shut)\b|\b(?:I'm|I am|we're|we are) (?:now |also )?(?:sending|posting|refunding|booking|arranging|issuing|crediting|replacing|cancelling|fixing|resetting|couriering)\b/i;
const WE_WILL = /\b(?:I|we)(?:'ll| will| am going to|'m going to| can)(?! not\b| never\b)\b/i;
function answeredLater(context: RuleContext, span: Span, index: number, guess: boolean, known: RegExp): boolean {
  const next = index + 1 < context.sentences.length ? index + 1 : -1;
  // A guess checked or acted on anywhere in the reply is a diagnosis: "I've resent it. If it
  // doesn't show, it may be in your spam folder", "may have linked to the old site … I'll reset it".
  if (guess)
    return context.sentences.some((_, i) => sentenceTest(context, i, WE_ACTED) || sentenceTest(context, i, WE_WILL));
  if (!known.test(context.lintable.slice(span.end, span.end + 40))) return false;
  // When it will be known may come after a sentence on why ("It depends on the wording. …by 5pm").
  return [index, next, next === -1 ? -1 : next + 1].some(
    (i) => i !== -1 && i < context.sentences.length && sentenceTest(context, i, TIME_CUE),
  );
}

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

/**
 * The customer's doubt, in a clause that tells them what to do about it (issue 15): "If you think
 * it might be a scam, call us", "If you're unsure about anything, ask the pharmacist".
 */
const THEIR_DOUBT =
  /\b(?:if|when|whether) (?:you|they|he|she)(?:'re| are)? (?:\w+ )?(?:think|feel|suspect|believe|unsure|worried|wonder)\b[^,;:.!?]*$/i;

/** "I can't give a firm date, but at the current rate it could be around 6-9 months": an estimate is given. */
const BUT_ESTIMATE = /\bbut\b[^.!?]{0,60}\d/i;
const estimateAfter = (context: RuleContext, span: Span) =>
  BUT_ESTIMATE.test(context.lintable.slice(span.end, span.end + 80));

function theirDoubt(context: RuleContext, span: Span): boolean {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  return sentence !== undefined && THEIR_DOUBT.test(context.lintable.slice(sentence.start, span.end));
}

/** Kept unless a promise to find out follows; a guess also passes once we have acted on it. */
function leftOpen(context: RuleContext, span: Span, guess: boolean, known = NOT_YET): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  const sentence = context.sentences[index];
  if (!sentence) return true;
  // "Not sure which plan fits?" speaks to the customer's doubt, not ours.
  const askingThem = sentence.start === span.start && sentence.text.endsWith('?') && /^not sure/i.test(sentence.text);
  if (askingThem || THEIR_DOUBT.test(sentence.text.slice(0, span.end - sentence.start))) return false;
  return !followUpNear(context, index) && !answeredLater(context, span, index, guess, known);
}

/**
 * A hedged time is itself the vague answer, so a time nearby does not answer it; only a promise
 * to find out by a time does: "Hopefully Friday, and I'll call you on Thursday to confirm",
 * "I'm not sure yet — I'll check and reply by 4 pm". Looks at the rest of the sentence and the next.
 */
function promisedByTime(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  const sentence = context.sentences[index];
  if (!sentence) return false;
  const after = `${context.lintable.slice(span.end, sentence.end)} ${context.sentences[index + 1]?.text ?? ''}`;
  // clockTime also accepts the "[when]" blank: the card's own rewrite must clear the finding.
  return FOLLOW_UP_CUE.test(after) && clockTime(after);
}

/** "Closed until further notice; I've booked you a taxi": what we did, or a time, answers the open "when". */
function actedOrTimedNear(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  return [index, index + 1].some(
    (i) => i < context.sentences.length && (sentenceTest(context, i, WE_ACTED) || sentenceTest(context, i, TIME_CUE)),
  );
}

export default defineRule({
  meta,
  check: (context) => {
    const lists: Array<[RegExp, Certainty]> = [
      [DONT_KNOW, 'certain'],
      [UNSURE, 'likely'],
      [NO_DATE_YET, 'likely'],
      [LIKELY_GUESS, 'likely'],
      [MODAL_GUESS, 'likely'],
      [GUESSING, 'possible'],
    ];
    const guesses = new Set([LIKELY_GUESS, MODAL_GUESS, GUESSING]);
    // Guesses said as guesses are answered by what we did; not knowing, by when it will be known.
    const listed = lists.flatMap(([pattern, certainty]) =>
      matchAnchored(context, ANCHORS, pattern)
        .filter((span) =>
          leftOpen(context, span, guesses.has(pattern), pattern === DONT_KNOW ? NOT_KNOWN_YET : NOT_YET),
        )
        .map((span) => report(meta, context, span.start, span.end, 'unknown', certainty)),
    );
    const apart = (span: Span) => !listed.some((other) => span.start < other.end && other.start < span.end);
    // A hedged promise is itself a vague follow-up, so only a time or a step taken answers it.
    const shaped = [
      ...matchAnchoredGroups(context, WHEN_LEFT_OPEN).filter((span) => leftOpen(context, span, false)),
      ...matchAnchoredGroups(context, HEDGED_PROMISES),
    ]
      .filter((span) => apart(span) && !actedOrTimedNear(context, span))
      .map((span) => report(meta, context, span.start, span.end, 'unknown', 'likely'));
    // "I can't give a date today. Tom expects it by the 20th": a time said next answers a time withheld.
    const withheld = matchAnchoredGroups(context, NO_TIME_GIVEN).filter(
      (span) =>
        leftOpen(context, span, false, NOT_KNOWN_YET) &&
        !actedOrTimedNear(context, span) &&
        !estimateAfter(context, span),
    );
    const hedged = [
      ...matchAnchoredGroups(context, HEDGED_TIMES),
      ...matchAnchoredGroups(context, HEDGED_ANSWERS),
      ...withheld,
    ]
      // One point per sentence: a hedge beside a shape already shown adds nothing. Over a mere
      // guess ("maybe this" is GUESSING's, shown only at high sensitivity) the hedged time leads.
      .filter((span) => {
        const index = sentenceIndexAt(context.sentences, span.start);
        return [...listed, ...shaped].every(
          (other) => other.certainty === 'possible' || sentenceIndexAt(context.sentences, other.start) !== index,
        );
      })
      .filter((span) => !promisedByTime(context, span) && !theirDoubt(context, span))
      .map((span) => report(meta, context, span.start, span.end, 'unknown', 'likely'));
    return [...listed, ...shaped, ...hedged];
  },
});

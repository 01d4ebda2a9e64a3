import { describe, expect, it } from 'vitest';
import { draftLooksFinished } from '@/lib/coach/draft-looks-finished';
import {
  laterSentenceFinished,
  LONG_PAUSE_MS,
  sentenceAround,
  sentenceJudged,
  TYPING_PAUSE_MS,
} from '@/lib/coach/sentence-around';

/** The span of `words` in `draft` (first occurrence). */
const spanOf = (draft: string, words: string) => {
  const start = draft.indexOf(words);
  if (start < 0) throw new Error(`${words} is not in ${draft}`);
  return { start, end: start + words.length };
};
const sentenceOf = (draft: string, words: string) => {
  const { start, end, finished } = sentenceAround(draft, spanOf(draft, words));
  return { sentence: draft.slice(start, end), finished };
};

describe('sentenceAround', () => {
  it.each([
    ['Hi Dana. We can’t refund it. Sorry.', 'can’t refund', 'We can’t refund it.', true],
    ['Hi Dana. We can’t refund it', 'can’t refund', 'We can’t refund it', false],
    ['Hi Dana.\nWe can’t refund it\nBest, Alex', 'can’t refund', 'We can’t refund it', true],
    ['He said "no way." Then left.', 'no way', 'He said "no way."', true],
    ['Version 2.5 is not supported. Sorry.', 'not supported', 'Version 2.5 is not supported.', true],
    ['Really?! You should have asked.', 'should have', 'You should have asked.', true],
    ['Hi\u00a0Dana.\u00a0You should have asked', 'should have', 'You should have asked', false],
    ['I think so? Maybe.', 'I think so?', 'I think so?', true],
    ['We can’t <img onerror="window.x=1">, sorry. Bye', 'can’t', 'We can’t <img onerror="window.x=1">, sorry.', true],
    ['We can’t open example.com here', 'can’t', 'We can’t open example.com here', false],
  ])('%j around %j is %j (finished: %s)', (draft, words, sentence, finished) => {
    expect(sentenceOf(draft, words)).toEqual({ sentence, finished });
  });
});

describe('sentenceJudged', () => {
  const unfinished = 'Hi Dana, you should have ordered it earlier and';
  const span = spanOf(unfinished, 'you should have ordered');

  it('judges a finished sentence once the agent has finished another after it', () => {
    expect(sentenceJudged(`${unfinished} sooner. I have sent a new one today.`, span, 0)).toBe(true);
    expect(sentenceJudged(`${unfinished} sooner.\nBest, Alex\n`, span, 0)).toBe(true);
  });
  it('holds a finished sentence while the agent types on, and judges it after a pause', () => {
    for (const draft of [`${unfinished} sooner.`, `${unfinished} sooner. I have sent`, `${unfinished} sooner.\n\n`]) {
      expect(sentenceJudged(draft, span, 0)).toBe(false);
      expect(sentenceJudged(draft, span, TYPING_PAUSE_MS)).toBe(true);
    }
  });
  it('leaves an unfinished sentence alone while the agent types, and judges it after a pause', () => {
    expect(sentenceJudged(unfinished, span, TYPING_PAUSE_MS - 1)).toBe(false);
    expect(sentenceJudged(unfinished, span, TYPING_PAUSE_MS)).toBe(true);
  });
  it('waits for the long pause when the flagged words may still be growing', () => {
    const draft = 'Hi Dana, you should have ordered';
    const growing = spanOf(draft, 'you should have ordered');
    expect(sentenceJudged(draft, growing, TYPING_PAUSE_MS)).toBe(false);
    expect(sentenceJudged(draft, growing, LONG_PAUSE_MS)).toBe(true);
  });
});

describe('laterSentenceFinished', () => {
  it.each([
    ['We can’t refund it. What I can do', false],
    ['We can’t refund it. What I can do is credit you.', true],
    ['We can’t refund it.\n\n', false],
    ['We can’t refund it. ... ', false],
    ['We can’t refund it.\nBest', false],
    ['We can’t refund it.\nBest\n', true],
    ['We can’t refund it. See example.com', false],
    ['We can’t refund it. See example.com.', true],
  ])('%j: %s', (draft, later) => {
    expect(laterSentenceFinished(draft, 'We can’t refund it.'.length)).toBe(later);
  });
});

describe('draftLooksFinished', () => {
  const body = 'Hi Dana, I have refunded the duplicate charge today and I will email you the date by Friday';
  it.each([
    ['short', 'Thanks, done.', false],
    ['ends a sentence', `${body}.`, true],
    ['ends mid-sentence', `${body} and`, false],
    ['ends with a sign-off line', `${body}\nBest`, true],
    ['three lines', `${body}\nand\nmore`, true],
    ['two lines, mid-sentence', `${body}\nand more`, false],
    ['a short reply of two sentences', "You're welcome, Mei, glad it works now! Have a great day.", true],
    ['a short reply of one sentence', 'Glad to hear the new password works for you.', false],
    ['two short sentences, still mid-sentence', 'Thanks for waiting, Mei. I have checked and', false],
    ['too short to be a reply', 'Hi. Thanks. Done.', false],
    ['a first line that opens with thanks, mid-sentence', `Thanks for waiting. ${body} and`, false],
    ['a sign-off with a name on its own line', `${body}\nThanks, Sam`, true],
  ])('%s: %s', (_name, draft, finished) => {
    expect(draftLooksFinished(draft)).toBe(finished);
  });
});

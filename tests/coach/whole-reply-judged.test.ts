import { describe, expect, it } from 'vitest';
import { draftLooksFinished, wholeReplyJudged } from '@/lib/coach/draft-looks-finished';
import { problemPoints } from '@/lib/coach/problem-points';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import type { Finding } from '@/lib/engine/types';

/**
 * A judgement of the whole reply ("nothing here offers a way forward") waits until the reply looks
 * finished, not just its last sentence: the offer is often the next sentence typed.
 */
const HALF = 'Hi Sam, thanks for writing. We don’t resize rings.';

describe('wholeReplyJudged', () => {
  it('never while the agent types on, nor before the reply looks finished', () => {
    expect(wholeReplyJudged(`${HALF} Let me know if that helps.`, 0)).toBe(false);
    expect(wholeReplyJudged('We don’t resize', LONG_PAUSE_MS)).toBe(false);
    expect(wholeReplyJudged('Hi Sam, we don’t resize rings', LONG_PAUSE_MS)).toBe(false);
  });

  it('at a typing pause only when the reply closes: a sign-off or a closing line', () => {
    expect(draftLooksFinished(HALF)).toBe(true);
    expect(wholeReplyJudged(HALF, TYPING_PAUSE_MS)).toBe(false);
    for (const closed of [
      `${HALF} Let me know if there’s anything else.`,
      `${HALF} Have a great weekend!`,
      `${HALF}\nBest,\nAlex`,
      `${HALF} Hope this helps.`,
    ]) {
      expect(wholeReplyJudged(closed, TYPING_PAUSE_MS), closed).toBe(true);
    }
    // Near miss: "let me know" earlier on is a question on the way, not the close.
    expect(wholeReplyJudged(`Let me know your size. ${HALF}`, TYPING_PAUSE_MS)).toBe(false);
  });

  it('after a long rest, whatever the last line', () => {
    expect(wholeReplyJudged(HALF, LONG_PAUSE_MS)).toBe(true);
  });
});

const finding = (draft: string, text: string, wholeReply: boolean): Finding => {
  const start = draft.indexOf(text);
  return {
    ruleId: 'no-alternative',
    messageId: 'bare-no',
    category: 'no-alternative',
    kind: 'problem',
    start,
    end: start + text.length,
    text,
    why: '',
    alternatives: [],
    ...(wholeReply ? { wholeReply: true as const } : {}),
  };
};

describe('problemPoints with whole-reply findings', () => {
  const draft = `${HALF} Sizes are listed on the product page.`;
  const settled = (found: Finding[], idleMs: number) =>
    problemPoints(found, draft, idleMs).map((point) => point.settled);

  it('holds a whole-reply finding that a sentence finding in the same place would show', () => {
    // Two sentences later the agent has moved on: a sentence's own problem is shown at once...
    expect(settled([finding(draft, 'We don’t resize', false)], 0)).toEqual([true]);
    // ...while "nothing is offered" waits, at a short pause too, for the reply to look finished.
    expect(settled([finding(draft, 'We don’t resize', true)], 0)).toEqual([false]);
    expect(settled([finding(draft, 'We don’t resize', true)], TYPING_PAUSE_MS)).toEqual([false]);
    expect(settled([finding(draft, 'We don’t resize', true)], LONG_PAUSE_MS)).toEqual([true]);
  });

  it('keeps a held point that is already on screen, so a card never blinks out', () => {
    const held = finding(draft, 'We don’t resize', true);
    const [point] = problemPoints([held], draft, 0);
    const [again] = problemPoints([held], draft, 0, new Set([point!.key]));
    expect(again!.settled).toBe(true);
  });
});

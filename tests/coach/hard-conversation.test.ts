import { describe, expect, it } from 'vitest';
import { isHardConversation, replyWasSent, resetCardAllowed } from '@/lib/coach/hard-conversation';
import type { Mood } from '@/lib/engine/types';

const mood = (upset: boolean) => ({ upset }) as Mood;

describe('hard conversation', () => {
  it('is hard after two upset customer messages', () => {
    expect(isHardConversation([true, false, true], mood(false))).toBe(true);
    expect(isHardConversation([false, true], mood(true))).toBe(false);
  });
  it('is hard in a long thread while the customer is still upset', () => {
    expect(isHardConversation([false, false, false, false, false, true], mood(true))).toBe(true);
    expect(isHardConversation([false, false, false, false, false, false], mood(false))).toBe(false);
  });
  it('recognises a sent reply as a substantial draft that empties', () => {
    expect(replyWasSent('Hi Dana, I have refunded the duplicate charge today.', '')).toBe(true);
    expect(replyWasSent('Hi', '')).toBe(false);
    expect(replyWasSent('Hi Dana, I have refunded the duplicate charge today.', 'Hi Dana')).toBe(false);
  });
  it('offers the reset card at most once an hour', () => {
    expect(resetCardAllowed(undefined, 10)).toBe(true);
    expect(resetCardAllowed(0, 59 * 60_000)).toBe(false);
    expect(resetCardAllowed(0, 60 * 60_000)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { isHardConversation, replyWasSent, resetCardAllowed, upsetMessageCount } from '@/lib/coach/hard-conversation';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';

const ANGRY = 'This is the third time I am writing. You charged me TWICE and nothing has arrived. Unacceptable!!';
const LET_DOWN = 'I am really disappointed, the desk never came and I needed it for my new job.';
const CALM = 'Could you tell me which plan includes invoice export?';
const moodOf = (messages: string[]) =>
  analyze({ customerMessages: messages, draft: '', locale: 'en', settings: DEFAULT_ENGINE_SETTINGS }).mood;

describe('hard conversation, read from the engine’s own mood', () => {
  it('counts the recent customer messages that were upset', () => {
    expect(upsetMessageCount(moodOf([LET_DOWN, ANGRY]))).toBe(2);
    expect(upsetMessageCount(moodOf([CALM, ANGRY]))).toBe(1);
    expect(upsetMessageCount(moodOf([CALM]))).toBe(0);
  });
  it('is hard after two upset customer messages, not after one', () => {
    expect(isHardConversation(moodOf([LET_DOWN, ANGRY]), 2)).toBe(true);
    expect(isHardConversation(moodOf([CALM, ANGRY]), 2)).toBe(false);
  });
  it('is hard in a long thread while the customer is still upset', () => {
    const mood = moodOf([CALM, CALM, CALM, CALM, CALM, ANGRY]);
    expect(isHardConversation(mood, 6)).toBe(true);
    expect(isHardConversation(moodOf([CALM, CALM, CALM, CALM, CALM, CALM]), 6)).toBe(false);
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

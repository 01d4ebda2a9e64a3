import { describe, expect, it } from 'vitest';
import { boundedDraft, boundedMessages, MAX_THREAD_MESSAGES } from '@/lib/engine/bounded-text';
import { MAX_CUSTOMER_MESSAGE_CHARS, MAX_DRAFT_CHARS } from '@/lib/engine/limits';

describe('page text as the sidebar may use it', () => {
  it('keeps a prefix of a long draft, so offsets into it stay valid', () => {
    const draft = `${'a'.repeat(MAX_DRAFT_CHARS)} and then some`;
    expect(boundedDraft(draft)).toBe(draft.slice(0, MAX_DRAFT_CHARS));
    expect(boundedDraft('short')).toBe('short');
  });

  it('keeps the latest messages, each capped, and hands back the same array when nothing was cut', () => {
    const thread = Array.from({ length: MAX_THREAD_MESSAGES + 3 }, (_, i) => `message ${i}`);
    expect(boundedMessages(thread)).toEqual(thread.slice(-MAX_THREAD_MESSAGES));
    const short = ['a', 'b'];
    expect(boundedMessages(short)).toBe(short);
    const long = ['a', 'x'.repeat(MAX_CUSTOMER_MESSAGE_CHARS + 10)];
    expect(boundedMessages(long).map((message) => message.length)).toEqual([1, MAX_CUSTOMER_MESSAGE_CHARS]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '@/lib/messaging/client';

afterEach(() => vi.restoreAllMocks());

/** Answers with the given failures first, then { ok: true }; counts the attempts. */
function backgroundThatFails(...errors: string[]) {
  let attempts = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
    const error = errors[attempts++];
    if (error) throw new Error(error);
    return { ok: true, data: { id: 'w1' } };
  });
  return () => attempts;
}

describe('sendToBackground', () => {
  it('retries when the service worker was stopped while answering (message channel closed)', async () => {
    const attempts = backgroundThatFails(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    await expect(sendToBackground('sidebar→background:ping', {})).resolves.toEqual({ id: 'w1' });
    expect(attempts()).toBe(2);
  });

  it('retries when the worker is asleep or restarting (no receiving end)', async () => {
    const attempts = backgroundThatFails('Could not establish connection. Receiving end does not exist.');
    await expect(sendToBackground('sidebar→background:ping', {})).resolves.toEqual({ id: 'w1' });
    expect(attempts()).toBe(2);
  });

  it('gives up after its retries and surfaces the error', async () => {
    const closed = 'The message port closed before a response was received.';
    const attempts = backgroundThatFails(closed, closed, closed, closed);
    await expect(sendToBackground('sidebar→background:ping', {})).rejects.toThrow(closed);
    expect(attempts()).toBe(3);
  });

  it('does not retry a refusal from the background', async () => {
    let attempts = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      attempts++;
      return { ok: false, error: 'Malformed message payload.' };
    });
    await expect(sendToBackground('sidebar→background:ping', {})).rejects.toThrow('Malformed message payload.');
    expect(attempts).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { demoTicket, play, type Ticket } from '@/tests/coach/scenario-harness';

/**
 * "Ready to send" tells the truth (QA 2026-12-07, finding 2, shots f-101-0, d-101-03, f-101-3): a
 * curt reply to a furious customer was called ready because short drafts skipped the feelings
 * item. Real engine and coach, demo tickets.
 */
const ANGRY = demoTicket('101', 0);
const GRATEFUL = demoTicket('103', 1);

const after = (start: Ticket, draft: string) => play([{ draft }], start)[0]!.observed;

describe('ready to send', () => {
  it.each([
    [
      'a request for a bank statement (f-101-0)',
      'Hi Dana, please send us a photo of your bank statement so we can check the charge.',
    ],
    [
      'a "no" with a time (f-101-3)',
      "Hi Dana, I can't see a second charge on our side, could you check with your bank? I'll keep the ticket open until Friday.",
    ],
    [
      'a refund and a day, nothing for her feelings (f-101-2)',
      'Hi Dana, I refunded the duplicate charge today. The desk ships Thursday.',
    ],
  ])('is not said to a furious customer for %s', (_, draft) => {
    const observed = after(ANGRY, draft);
    expect(observed.status).not.toBe('ready');
    expect(observed.checklist?.feelings).toBe('missing');
  });

  it('is said to a furious customer for a short reply that names how they feel and what happens', () => {
    const observed = after(
      ANGRY,
      "Hi Dana, I'm so sorry you had to write three times about this. I refunded the duplicate charge today, and the desk will be delivered on Thursday between 9am and 1pm.",
    );
    expect(observed.checklist).toEqual({
      feelings: 'done',
      'can-do': 'done',
      'no-has-alternative': 'not-needed',
      'next-step': 'done',
    });
    expect(observed.status).toBe('ready');
  });

  // "…! Have a great day." is held back by the learned condescension rule, not by this check.
  it.each([
    "You're welcome! Glad it works now.",
    "You're welcome, Mei, glad it works now! Enjoy the rest of your afternoon.",
  ])('stays said for "%s" to a thank-you', (draft) => {
    expect(after(GRATEFUL, draft).status).toBe('ready');
  });
});

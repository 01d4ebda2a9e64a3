import { describe, expect, it } from 'vitest';
import { TICKETS } from '@/tests/demo/site/tickets.js';
import { replyLine } from '@/lib/coach/reply-line';
import { play, type Ticket } from '@/tests/coach/scenario-harness';

/**
 * QA 2026-12-07 (qa/repro/budget-says-nothing-to-flag.ts, qa/repro/two-cards-same-words.ts): what
 * the sidebar says agrees with what it holds, and two findings in the same words are one card.
 */
const ANGRY: Ticket = {
  generation: 0,
  customer: TICKETS.find((ticket) => ticket.id === '101')!
    .messages.filter((message) => message.role === 'customer')
    .map((message) => message.text),
};

// The QA run's drafts on ticket 101, each typed over the last (select all, delete, type).
const EARLIER = [
  'Hi Dana, I refunded the charge. The desk ships Thursday.',
  'Hi Dana, I refunded the duplicate charge today. The desk will be delivered on Thursday between 9am and 1pm.',
  "Hi Dana, I'm sorry about the double charge. I'll look into it and get back to you ASAP.",
  'Hi Dana, please send us a photo of your bank statement so we can check the charge.',
  'Hi Dana, you need to contact your bank about the second charge.',
  "Hi Dana, I don't know when the desk will arrive.",
  "Hi Dana, that's not something I can help with, you'll need to contact the carrier.",
  'Hi Dana, thank you for your patience. Unfortunately the refund can only be issued once the carrier confirms the loss, which usually takes 10 business days.',
  "Hi Dana, I completely understand how frustrating this is. I've refunded the duplicate charge and asked the carrier to deliver by Wednesday; I'll email you tomorrow with the tracking update.",
  'Dana, I get that you are upset but there is no need to shout.',
  'Hi Dana, no problem at all! Happy to help.',
];
// Finished (two sentences): a "no" is judged on the whole reply, so it waits until the reply looks done.
const REFUSAL = 'Hi Dana, we cannot refund orders older than 30 days. Thanks for your patience.';

function afterManyDrafts() {
  const steps = [...EARLIER, REFUSAL].flatMap((draft) => [{ draft: '' }, { draft }]);
  return play(steps, ANGRY).at(-1)!.observed;
}

describe('what the sidebar says agrees with what it holds (QA finding 2)', () => {
  it('the spent budget keeps the refusal back, says so plainly, and never says "nothing to flag"', () => {
    const last = afterManyDrafts();
    expect(last.status).toBe('writing');
    expect(last.hidden).toBe(1);
    expect(last.line).toBe('held-back');
  });

  it('a problem held back outranks a general question: no prompt takes the free slot meanwhile', () => {
    const steps = [
      { draft: 'Hi Dana, you should have ordered earlier.' },
      { draft: "Hi Dana, I checked and we can't refund the second charge. Thanks for your patience." },
    ];
    const [, held] = play(steps, ANGRY, { maxNudgesPerTicket: 1 });
    expect(held!.observed).toMatchObject({ cards: [], hidden: 1, line: 'held-back' });
    // The same moment with room in the budget: the refusal's card, and the question about their feelings beside it.
    const [, room] = play(steps, ANGRY, { maxNudgesPerTicket: 2 });
    expect(room!.observed.cards).toEqual(["excuse: we can't refund", 'prompt empathy/name-the-problem']);
  });

  it('"+N more" still shows the held point when the agent asks', () => {
    const steps = [...EARLIER, REFUSAL].flatMap((draft) => [{ draft: '' }, { draft }]);
    const last = play([...steps, { act: { type: 'show-all' as const } }, { draft: REFUSAL }], ANGRY).at(-1)!.observed;
    expect(last.cards).toEqual(['excuse: we cannot refund']);
    expect(last.hidden).toBe(0);
    expect(last.line).toBe('none');
  });

  it('a reply with no problem but open items in the check points at the check, not at "nothing"', () => {
    const [first] = play([{ draft: 'Hi Dana, thanks for writing to us about the desk.' }], ANGRY);
    const view = { ...first!.result.view, cards: [] };
    expect(view.checklist?.some((item) => item.status === 'missing')).toBe(true);
    expect(replyLine(view)).toEqual({ kind: 'check-below' });
    expect(replyLine({ ...view, checklist: null })).toEqual({ kind: 'status', status: 'writing' });
  });
});

describe('two findings in the same words are one card (QA finding 4)', () => {
  it.each([
    ['Hi Dana, you need to contact your bank about the second charge.', ['commanding: you need to contact']],
    [
      'Hi Dana. I checked your order. The carrier has it. Please wait for the delivery and check your bank for the refund of the second payment.',
      ['commanding: Please wait for the delivery'],
    ],
  ])('%s', (draft, cards) => {
    const [first] = play([{ draft }], ANGRY);
    expect(first!.observed.cards.filter((card) => !card.startsWith('prompt'))).toEqual(cards);
  });

  it('on RT: "You should have read" is one card, so the refusal and its policy get the other slot', () => {
    const [first] = play([{ draft: "You should have read the terms. We can't refund this, it's our policy." }], ANGRY);
    expect(first!.observed).toMatchObject({
      cards: ['blame: You should have read', "excuse: We can't refund"],
      hidden: 0,
    });
  });
});

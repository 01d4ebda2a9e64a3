import { describe, expect, it } from 'vitest';
import { tick } from '@/tests/analysis/checklist-helpers';

/**
 * "You say what you can do" (issues 14 and 15, item 4): a real action the agent takes or
 * offers, or a way forward for the customer; an excuse never earns it. Each done row names
 * the words that earned the tick.
 */
const DONE: Array<[draft: string, words: string]> = [
  ['I’ve refunded the fee.', 'I’ve refunded the fee'],
  ['I have sent a new label to your email.', 'I have sent a new label to your email'],
  ['I’ll replace the kettle today.', 'I’ll replace the kettle today'],
  ['We can send a replacement instead.', 'We can send a replacement instead'],
  ['I’d be happy to move the booking to Friday.', 'I’d be happy to move the booking to Friday'],
  ['Would you like me to book it?', 'Would you like me to book it'],
  ['Let me reset the password for you.', 'Let me reset the password for you'],
  ['You can pause it for three months.', 'You can pause it for three months'],
  ['Here’s what I can do: a full refund.', 'Here’s what I can do'],
  ['Yes, that works.', 'Yes'],
  [
    'What I can do is ask our billing team to reverse it today.',
    'What I can do is ask our billing team to reverse it today',
  ],
  [
    'The best thing we can do for you is to rebook the flight.',
    'The best thing we can do for you is to rebook the flight',
  ],
  // A "no" with a real alternative: the alternative earns it, not the "no".
  ['We don’t deliver on Sundays, but I can book Saturday for you.', 'I can book Saturday for you'],
  // Plain past (QA 2026-12-07, finding 1, shots f-101-2 and c03-middle-edit): done already is what we could do.
  ['I refunded the duplicate charge today.', 'I refunded the duplicate charge today'],
  ['Hi Dana, I refunded the charge.', 'I refunded the charge'],
  ['I sent a replacement this morning.', 'I sent a replacement this morning'],
  ['We also waived the delivery fee.', 'We also waived the delivery fee'],
  ['I called the carrier this morning.', 'I called the carrier this morning'],
  ['I’ve already cancelled the wrong one.', 'I’ve already cancelled the wrong one'],
  // A price is quoted whole, not cut at its decimal point.
  ['You paid for express, so I’ve refunded the £7.99 shipping.', 'I’ve refunded the £7.99 shipping'],
  ['I emailed you the label.', 'I emailed you the label'],
  // An offer to check is something we can do, though not yet a next step (checklist-next-step.test.ts).
  ['We can check the charge.', 'We can check the charge'],
  // A consequence, not a purpose: "so" after a comma.
  [
    'The event did go ahead, so I can move your ticket to the spring date.',
    'I can move your ticket to the spring date',
  ],
  // Demo ticket 102 (f-102-1): an adverb between "I've" and the action.
  [
    'Hi Luis, sorry for the confusion! The Data tab only shows on the Pro plan, which is why you can’t see it. On your plan, open Invoices and press Download all; I’ve also asked our docs team to fix the article by Friday.',
    'I’ve also asked our docs team to fix the article by Friday',
  ],
  // The action, not the words announcing it (finding 3, shot c02-long-after-pause).
  [
    'Here is what I have done today: I refunded the duplicate charge of the second payment; you should see it on your card within 3 to 5 business days.',
    'I refunded the duplicate charge of the second payment',
  ],
];

const MISSING: Array<[draft: string, why: string]> = [
  [
    'Hi Dana, that’s not my department. It’s our policy. The system won’t let me change it. You should have ordered earlier. You’ll have to wait.',
    'excuses and blame only (the issue’s draft)',
  ],
  ['Hi Dana, I checked and we can’t refund the second charge.', 'effort, then a no'],
  ['I have checked and we cannot refund it.', '"I have checked" is effort, not an outcome'],
  ['There’s nothing more I can do from here.', '"I can do" inside a helpless excuse'],
  ['The system won’t let me change the address.', '"let me" inside a system excuse'],
  ['We don’t sell individual parts.', 'a bare no'],
  ['I’ll update you soon.', 'a promise only to talk again'],
  ['We will get back to you.', 'a promise only to talk again'],
  ['I’ll email you as soon as I can.', '"as soon as I can" promises nothing in particular'],
  ['I’ll have to say no to this one.', '"I’ll have to" is a no'],
  ['I can see why you are upset.', '"I can see" is not an action'],
  ['I’m not able to change it.', 'negated'],
  ['What I can do is apologise for the wait.', 'an apology is not an offer'],
  [
    'We can’t refund it, but I can [what you can do instead] by [when].',
    'a blank from a suggestion is not an action yet',
  ],
  // Plain past is a remedy only when it is one (QA 2026-12-07, finding 1).
  ['We sent the wrong size.', 'an admission, not a remedy'],
  ['I booked the wrong date for you.', 'an admission, not a remedy'],
  ['We charged your card twice.', 'what went wrong, not what we did about it'],
  ['I noticed the second charge on your account.', 'noticing is not acting'],
  ['If we refunded it now, the order would be cancelled.', 'a condition, not something done'],
  // Finding 2 (shot f-101-0): a reason and an effort, not an offer.
  ['Hi Dana, please send us a photo of your bank statement so we can check the charge.', '"so we can" gives a reason'],
  ['We need a photo of your statement so we can check the charge.', '"so we can" gives a reason'],
  ['We emailed you.', 'only talked, like "I\'ll email you"'],
  ['We sent you a reminder 6 weeks before.', 'telling, not helping'],
  ['The deduction is explained in the email I just sent, and it is final.', '"I just sent" acts on nothing of its own'],
];

describe('pre-send check: you say what you can do', () => {
  it.each(DONE)('ticks "%s" and quotes "%s"', (draft, words) => {
    expect(tick(draft, 'can-do')).toEqual({ status: 'done', words });
  });
  it.each(MISSING)('does not tick "%s" (%s)', (draft) => {
    expect(tick(draft, 'can-do').status).toBe('missing');
  });
  it('is not needed in a thank-you exchange', () => {
    expect(tick('That made our day.', 'can-do', { levels: { gratitude: 'confident' } }).status).toBe('not-needed');
  });
});

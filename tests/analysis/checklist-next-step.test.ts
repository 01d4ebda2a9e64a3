import { describe, expect, it } from 'vitest';
import { checklistOf, tick } from '@/tests/analysis/checklist-helpers';

function doneAlready(draft: string): boolean {
  return checklistOf(draft).find((item) => item.id === 'next-step')?.doneAlready === true;
}

/**
 * "A concrete next step" (issues 14 and 15, item 4): an action, or a promise with a concrete
 * time or event. "Soon", "ASAP", "shortly" and "as soon as we can" are not times.
 */
const DONE: Array<[draft: string, words: string]> = [
  ['I’ll email you by Friday.', 'I’ll email you by Friday'],
  ['We will update you within 24 hours.', 'We will update you within 24 hours'],
  ['I’ll call you as soon as the part arrives.', 'I’ll call you as soon as the part arrives'],
  ['Your refund will show within 3 days.', 'Your refund will show within 3 days'],
  ['Tomorrow I’ll confirm the new date.', 'Tomorrow I’ll confirm the new date'],
  // An offer is a next step once it says what happens and when (issue 15, must-have 4).
  ['I can send a replacement tomorrow.', 'I can send a replacement tomorrow'],
  ['I’m happy to call you at 3 pm today.', 'I’m happy to call you at 3 pm today'],
  ['Would you like me to book it for Friday?', 'Would you like me to book it for Friday'],
  // The agent acting as they write is an action.
  ['Let me check with the warehouse.', 'Let me check with the warehouse'],
  // A hedge elsewhere does not take a concrete time away.
  ['Hopefully that helps. I’ll call you tomorrow at 10 am.', 'I’ll call you tomorrow at 10 am'],
  ['Open Settings and tap Export.', 'Open Settings and tap Export'],
  // The timed promise is the clearer step, so it is the one quoted.
  [
    'I have refunded the duplicate charge today, and I will email you the delivery date by Friday.',
    'I will email you the delivery date by Friday',
  ],
  // A future event with a concrete day or time (QA 2026-12-07, finding 1, shots f-101-2 and c03-middle-edit).
  [
    'The desk will be delivered on Thursday between 9am and 1pm.',
    'The desk will be delivered on Thursday between 9am and 1pm',
  ],
  ['The desk ships Thursday.', 'The desk ships Thursday'],
  ['Your deposit goes back to you on Friday.', 'Your deposit goes back to you on Friday'],
  ['We can check the charge, and I’ll email you by Friday.', 'I’ll email you by Friday'],
  ['Your refund will be credited within 3 days.', 'Your refund will be credited within 3 days'],
  // A clear instruction after a short lead-in (f-102-1); the instruction is quoted.
  [
    'Hi Luis, sorry for the confusion! On your plan, open Invoices and press Download all; I’ve also asked our docs team to fix the article by Friday.',
    'open Invoices and press Download all',
  ],
  ['Hi Mei, to stop the loop, open Settings and tap Sign out everywhere.', 'open Settings and tap Sign out everywhere'],
  ['By Friday, I’ll email you the new date.', 'By Friday, I’ll email you the new date'],
  // What comes next beats what is done, wherever it sits (finding 3, shot c02-long-after-pause).
  [
    'Here is what I have done today: I refunded the duplicate charge. I also called the carrier, who confirmed the desk is at their local depot and will be delivered on Thursday between 9am and 1pm.',
    'will be delivered on Thursday between 9am and 1pm',
  ],
  ['I refunded the charge today, and I will email you the tracking link.', 'I will email you the tracking link'],
];

/**
 * A remedy already done with nothing to come (walk 2026-12-07, item 1). The old table ticked
 * these as "a concrete next step", which claimed a step the reply does not have. A finished
 * remedy may need none, so the item passes, but marked as done already: the sidebar says "No
 * next step needed" and quotes the remedy, and the agent can judge whether the customer still
 * waits for something (when the refund shows).
 */
const DONE_ALREADY: Array<[draft: string, words: string]> = [
  ['I’ve asked the warehouse.', 'I’ve asked the warehouse'],
  ['I’ve refunded the fee.', 'I’ve refunded the fee'],
  ['I refunded the charge.', 'I refunded the charge'],
  ['I’ve refunded the charge.', 'I’ve refunded the charge'],
];

const MISSING: Array<[draft: string, why: string]> = [
  ['We will update you soon.', '"soon" (the issue’s example)'],
  ['I’ll get back to you ASAP.', '"ASAP"'],
  ['We’ll let you know shortly.', '"shortly"'],
  ['I’ll email you as soon as I can.', '"as soon as I can" is ASAP'],
  ['We will be in touch in due course.', '"in due course"'],
  ['Refunds take a while.', 'nothing happens next'],
  ['You’ll have to wait 24 hours.', 'an order to the customer is not a step we take'],
  ['That’s not my department.', 'an excuse'],
  ['I can [what you can do] by [when].', 'blanks from a suggestion, not filled in yet'],
  ['The desk will be delivered soon.', '"soon" is not a day'],
  ['Your order ships shortly.', '"shortly" is not a day'],
  ['The refund will be processed ASAP.', '"ASAP" is not a day'],
  ['The desk will be delivered.', 'no day or time'],
  ['We need a photo of your statement so we can check the charge.', '"so we can check" gives a reason (QA finding 2)'],
  ['We can check the charge.', 'checking is possible, nothing will happen yet (QA finding 2)'],
  ['Here is what I have done today.', 'announces an action, names none (finding 3)'],
  // An offer is what you can do, not a next step: nothing says what happens and when (issue 15, must-have 4).
  ['I can offer a credit on your next invoice.', 'an offer, no time'],
  ['I can offer a credit of £10.', 'an offer, no time'],
  ['Would you like me to book it?', 'an offer put as a question'],
  ['I’m happy to refund the fee.', 'an offer, no time'],
  ['We’d be glad to swap it for the larger size.', 'an offer, no time'],
  ['I can refund it soon.', 'an offer with "soon"'],
  // A hedged time is not one to plan with.
  ['I’ll email you, hopefully by Friday.', 'hedged: "hopefully by Friday"'],
  ['I’ll email you by Friday, hopefully.', 'hedged after the time'],
  ['It should arrive maybe tomorrow.', 'hedged: "maybe tomorrow"'],
  ['I’ll call you probably tomorrow.', 'hedged: "probably tomorrow"'],
  ['I can send a replacement, perhaps on Monday.', 'an offer with a hedged day'],
  ['Sorry, check-in closes at 6.', '"check-in" is a noun, not an instruction'],
];

describe('pre-send check: a concrete next step', () => {
  it.each(DONE)('ticks "%s" and quotes "%s"', (draft, words) => {
    expect(tick(draft, 'next-step')).toEqual({ status: 'done', words });
  });
  it.each(DONE)('"%s" is a step to come, not a remedy done already', (draft) => {
    expect(doneAlready(draft)).toBe(false);
  });
  it.each(DONE_ALREADY)('passes "%s" as done already, quoting "%s", and claims no next step', (draft, words) => {
    expect(tick(draft, 'next-step')).toEqual({ status: 'done', words });
    expect(doneAlready(draft)).toBe(true);
  });
  it.each(MISSING)('does not tick "%s" (%s)', (draft) => {
    expect(tick(draft, 'next-step').status).toBe('missing');
  });
});

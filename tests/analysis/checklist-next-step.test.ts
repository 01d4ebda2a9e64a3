import { describe, expect, it } from 'vitest';
import { tick } from '@/tests/analysis/checklist-helpers';

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
  ['I’ve asked the warehouse.', 'I’ve asked the warehouse'],
  ['I’ve refunded the fee.', 'I’ve refunded the fee'],
  ['Would you like me to book it?', 'Would you like me to book it'],
  ['Open Settings and tap Export.', 'Open Settings and tap Export'],
  // The timed promise is the clearer step, so it is the one quoted.
  [
    'I have refunded the duplicate charge today, and I will email you the delivery date by Friday.',
    'I will email you the delivery date by Friday',
  ],
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
];

describe('pre-send check: a concrete next step', () => {
  it.each(DONE)('ticks "%s" and quotes "%s"', (draft, words) => {
    expect(tick(draft, 'next-step')).toEqual({ status: 'done', words });
  });
  it.each(MISSING)('does not tick "%s" (%s)', (draft) => {
    expect(tick(draft, 'next-step').status).toBe('missing');
  });
});

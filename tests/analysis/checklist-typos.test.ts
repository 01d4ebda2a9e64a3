import { describe, expect, it } from 'vitest';
import { checklistOf, tick } from '@/tests/analysis/checklist-helpers';

/**
 * Agents type fast (walk 2026-12-07, item 2): a slip in the check's key words still earns the
 * tick, and the tick quotes the words as typed. Near misses, real words one letter away from a
 * key word, earn nothing.
 */
const NEXT_STEP: Array<[draft: string, words: string]> = [
  ['I will cal you tomorow at 3pm.', 'I will cal you tomorow at 3pm'],
  ['I’ll call you tomorow by 3pm.', 'I’ll call you tomorow by 3pm'],
  ['I’ll emial you by Firday.', 'I’ll emial you by Firday'],
  ['Your parcel will be deliverd on Thursday.', 'Your parcel will be deliverd on Thursday'],
  ['Tommorow I’ll confirm the new date.', 'Tommorow I’ll confirm the new date'],
  ['Your refund will show wihtin 3 days.', 'Your refund will show wihtin 3 days'],
];

const DONE_ALREADY: Array<[draft: string, words: string]> = [
  ['I’v refunded it.', 'I’v refunded it'],
  ["I'v refunded it.", "I'v refunded it"],
  ['Ive refunded the charge.', 'Ive refunded the charge'],
  ['I refuned the charge.', 'I refuned the charge'],
  ['We have refudned the fee.', 'We have refudned the fee'],
  ['I canceled the duplicate order and I waived the fee.', 'I canceled the duplicate order and I waived the fee'],
];

// Real words one letter from a key word, and slips that change the meaning: no tick.
const NEAR_MISSES: Array<[draft: string, why: string]> = [
  ['The chips are in the box.', '"chips" is not "ships" (a letter swapped for another is never a slip)'],
  ['We hosted the launch last week.', '"hosted" is not "posted"'],
  ['Your plan is ill suited to this.', '"ill" is a word, not "I’ll"'],
  ['The order will be delivered.', 'spelled right, still no day'],
  ['I will cal you soon.', '"soon" is still not a time'],
  ['It was filled in wrong.', '"filled" is a word, not "filed"'],
];

describe('pre-send check: slips in the key words', () => {
  it.each(NEXT_STEP)('ticks "%s" as a next step, quoting "%s"', (draft, words) => {
    expect(tick(draft, 'next-step')).toEqual({ status: 'done', words });
    expect(checklistOf(draft).find((item) => item.id === 'next-step')?.doneAlready).toBeUndefined();
  });
  it.each(DONE_ALREADY)('passes "%s" as a remedy done, quoting "%s"', (draft, words) => {
    expect(tick(draft, 'next-step')).toEqual({ status: 'done', words });
    expect(tick(draft, 'can-do')).toEqual({ status: 'done', words });
  });
  it.each(NEAR_MISSES)('ticks nothing for "%s" (%s)', (draft) => {
    expect(tick(draft, 'next-step').status).toBe('missing');
    expect(tick(draft, 'can-do').status).toBe('missing');
  });
});

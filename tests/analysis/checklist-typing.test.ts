import { describe, expect, it } from 'vitest';
import { typingFrom } from '@/lib/analysis/checklist-typing';
import { checklistOf } from '@/tests/analysis/checklist-helpers';

const statuses = (draft: string) =>
  checklistOf(draft, { upset: true }).map(
    (item) => `${item.id}: ${item.status}${item.evidence ? ` (${item.evidence.text})` : ''}`,
  );

const REFUSAL = "We can't refund the second charge. ";

/**
 * Walk 2026-12-07 #3, item 3: a word still being typed must not change the pre-send check. Each row
 * is a draft with its last word half-typed: the check reads it as it reads the draft before that word.
 */
const HALF_TYPED: Array<[before: string, typing: string]> = [
  // The walk's case: "can'" read as "can", an offer, ticking "can do" and answering the "no".
  [REFUSAL, 'We can'],
  [REFUSAL, "We can'"],
  [REFUSAL, 'We can’'],
  [REFUSAL, "We can't"],
  ['', 'We can'],
  ['', "We can'"],
  // An action whose verb is one letter so far.
  ['Thanks for writing in. ', "I'll s"],
  [`${REFUSAL}I'll `, 's'],
  ['Thanks for writing in. ', "I'v"],
  // A "no" still being typed is not a "no" yet.
  ['Thanks for writing in. ', "We can't"],
  ['Thanks for writing in. ', 'We won’t'],
  // A way forward for them whose verb is still coming.
  [`${REFUSAL}You can `, 'a'],
  // An apology whose last word is still being typed.
  ['', 'I’m so sorry the order never'],
  ['Refund sent. ', 'I’m so sorry the parcel was'],
];

describe('pre-send check: a half-typed last word changes nothing', () => {
  it.each(HALF_TYPED)('"%s" + "%s" reads as the words before it', (before, typing) => {
    expect(statuses(before + typing)).toEqual(statuses(before));
  });

  it('the word counts once it is finished: a space or a mark after it', () => {
    const offer = (draft: string) => checklistOf(draft).find((item) => item.id === 'no-has-alternative')!.status;
    expect(offer(`${REFUSAL}We can`)).toBe('missing');
    expect(offer(`${REFUSAL}We can offer a credit `)).toBe('done');
    const canDo = (draft: string) => checklistOf(draft).find((item) => item.id === 'can-do')!.status;
    expect(canDo("Thanks for writing in. I'll s")).toBe('missing');
    expect(canDo("Thanks for writing in. I'll send a replacement.")).toBe('done');
    expect(canDo("Thanks for writing in. I'll send it")).toBe('done');
  });

  it('an apology ticks the feelings line with its trouble, not a word before it (walk 2026-12-07 #6)', () => {
    const feelings = (draft: string) =>
      checklistOf(draft, { upset: true }).find((item) => item.id === 'feelings')!.status;
    expect(feelings('I’m so sorry the order never ')).toBe('missing');
    expect(feelings('I’m sorry the app keeps ')).toBe('missing');
    expect(feelings('I’m so sorry the order never arrived ')).toBe('done');
    expect(feelings('I’m sorry the app keeps crashing.')).toBe('done');
  });
});

describe('typingFrom', () => {
  it.each([
    ['We can', 3],
    ["We can'", 3],
    ['We can ', 7],
    ['We can.', 7],
    ['', 0],
    ['word', 0],
    ['re-sent', 0],
    ['Call 0800', 5],
  ])('"%s" is being typed from %i', (draft, from) => {
    expect(typingFrom(draft)).toBe(from);
  });
});

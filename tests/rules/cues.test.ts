import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAN_DO_CUE, DURATION_CUE, TIME_CUE } from '@/lib/rules/shared/cues';

// The cue as it was written before it was shortened: who can is listed one by one.
const LISTED_CAN = /\b(?:I|we|you|they|she|he|it|\w+ team|\w+ agent|\w+) (?:can|could)(?!'t|not|n't| not| never)\b/i;
const ANY_WORD_CAN = /\b\w+ (?:can|could)(?!'t|not|n't| not| never)\b/i;

describe('CAN_DO_CUE', () => {
  it('finds anyone who can', () => {
    for (const text of [
      'I can refund it',
      'we could call',
      'the billing team can help',
      'Dana can',
      'Your agent could',
    ]) {
      expect(CAN_DO_CUE.test(text), text).toBe(true);
    }
    for (const text of ["we can't", 'we cannot', 'I can not', 'they could never', "it couldn't"]) {
      expect(CAN_DO_CUE.test(text), text).toBe(false);
    }
  });

  it('finds a line with its number in brackets, and the emphatic yes, but not a question (issue 15)', () => {
    for (const text of [
      'Our assistance line (0344 822 4444) can book one',
      'we do have vegan options',
      'our EU store does ship',
    ]) {
      expect(CAN_DO_CUE.test(text), text).toBe(true);
    }
    for (const text of ['Do you have the order number?', 'we don’t ship there', 'it does not work']) {
      expect(CAN_DO_CUE.test(text), text).toBe(false);
    }
  });

  it('a hazard ("parcels can be damaged", "it could be slow") is no can-do; a state someone reaches is', () => {
    for (const text of [
      'Parcels can be damaged in transit',
      'It could be a bit slow at peak times',
      'Bags can be misplaced',
    ]) {
      expect(CAN_DO_CUE.test(text), text).toBe(false);
    }
    for (const text of ['We can be there by 3 pm', 'It can be refunded today', 'I could be with you at noon']) {
      expect(CAN_DO_CUE.test(text), text).toBe(true);
    }
  });

  it('"any word then can" answers test() exactly like the listed subjects', () => {
    const word = fc.constantFrom(
      'I',
      'we',
      'you',
      'it',
      'team',
      'agent',
      'billing',
      'can',
      'could',
      "can't",
      'not',
      'never',
      "n't",
      'x',
    );
    const gap = fc.constantFrom(' ', '  ', ', ', '.', "'", '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 10 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(ANY_WORD_CAN.test(sample)).toBe(LISTED_CAN.test(sample));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('TIME_CUE', () => {
  it('reads a range of days as a time (issue 15)', () => {
    for (const text of ['it arrives in 3 to 5 days', 'within 2-3 working days', 'in 2 or 3 weeks']) {
      expect(TIME_CUE.test(text), text).toBe(true);
    }
    for (const text of ['in a few', 'within reason']) {
      expect(TIME_CUE.test(text), text).toBe(false);
    }
  });
});

describe('DURATION_CUE', () => {
  it('finds how long something takes, with an amount', () => {
    const found = [
      'Delivery usually takes 10 business days.',
      'It usually takes 10 business days, sorry.',
      'it normally takes about two weeks',
      'Delivery is usually 3-5 working days.',
      'Refunds take up to 14 days to show.',
      'The repair typically takes a few hours.',
    ];
    expect(found.filter((text) => !DURATION_CUE.test(text))).toEqual([]);
  });

  it('leaves out a duration with no amount, and an amount that is a limit', () => {
    const missed = [
      'It takes as long as it takes.',
      'Delays can take weeks.',
      'We can’t refund orders older than 30 days.',
      'You had 30 days to return it.',
      'It takes time, sorry.',
    ];
    expect(missed.filter((text) => DURATION_CUE.test(text))).toEqual([]);
  });
});

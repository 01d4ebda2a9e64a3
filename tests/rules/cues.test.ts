import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAN_DO_CUE } from '@/lib/rules/shared/cues';

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

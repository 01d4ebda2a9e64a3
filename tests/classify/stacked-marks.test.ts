import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackedMarkSpans } from '@/lib/classify/stacked-marks';

// The pattern the scan replaces (issue 19): the oracle for which marks count as stacked.
const OLD_EXCLAIM_RUN = /[!?]*!{2,}[!?]*|\?+!+\?*|!+\?+!*/g;
const byPattern = (text: string) =>
  [...text.matchAll(OLD_EXCLAIM_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('stacked exclamation marks', () => {
  it('are the spans the old pattern found, on any mix of "!", "?" and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('!', '?', '!', '?', 'a', ' ', '.'), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(stackedMarkSpans(text)).toEqual(byPattern(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['Why?!', ['?!']],
    ['No!!! Really??', ['!!!']],
    ['What?!?! And ?!?', ['?!?', '?!?']],
    ['Fine!? ok', ['!?']],
    ['Why??', []],
  ])('%j', (text, expected) => {
    expect(stackedMarkSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });
});

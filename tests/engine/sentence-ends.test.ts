import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCandidateEnd, type CandidateEnd } from '@/lib/engine/sentence-ends';

// The pattern the scanner replaces (issue 19): the oracle for what counts as a candidate end.
const OLD_BOUNDARY = /[.!?]+[)"'\]]*(?=\s|$)|\n/g;

const byPattern = (text: string) => [...text.matchAll(OLD_BOUNDARY)].map((m) => [m.index, m.index + m[0].length]);
function byScanner(text: string): number[][] {
  const ends: number[][] = [];
  const found: CandidateEnd = { at: 0, end: 0 };
  for (let from = 0; nextCandidateEnd(text, from, found); from = found.end) ends.push([found.at, found.end]);
  return ends;
}

describe('candidate sentence ends', () => {
  it('are where the old pattern found them, on any mix of marks, closers, spaces and letters', () => {
    const alphabet = fc.constantFrom(...'.!?)"\']\n \t\u00a0\u2003\u3000\ufeffaZ(1…'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['Hi!!! there', [[2, 5]]],
    [
      'Really?!) Yes.',
      [
        [6, 9],
        [13, 14],
      ],
    ],
    [
      'e.g. the end.',
      [
        [3, 4],
        [12, 13],
      ],
    ],
    ['x.....x', []],
    ['a\nb', [[1, 2]]],
  ])('%j', (text, expected) => {
    expect(byScanner(text)).toEqual(expected);
  });
});

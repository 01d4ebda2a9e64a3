import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardLookbehind, phrasesAtWordStart } from '@/lib/engine/phrases';

const PHRASES = [
  "(?:I|we) (?:can't|cannot) say\\b",
  'not (?:sure|certain)\\b',
  'certain(?:ly)?',
  "(?<!\\b(?:I'm|we are) )not sure\\b",
  '(?:\\w+ )?team (?:can|could)(?! not)\\b',
  'a',
  // Look-behinds of the shapes rules use: guardLookbehind puts a look-ahead in front of them.
  '(?<=\\b(?:drivers|they)\\s)(?:are|is) (?:all )?independent\\b',
  '(?<!\\b(?:if|all)\\s)(?:you|u) (?:need|have) to\\b',
  '(?<=^|, )probably (?:your|the)\\b',
  '(?<!as )soon\\b(?! as)',
  "(?<=^|[,;]\\s|\\bso\\s)(?:you|u)(?:'ve| have)? never\\b",
  '(?<!x)(?:a|b)?c',
  '(?<!y)refunds?',
];

function spans(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

describe('phrasesAtWordStart', () => {
  it('builds one word boundary in front of the whole list', () => {
    expect(phrasesAtWordStart(['a', 'b c'], 'gi').source).toBe('\\b(?:a|b c)');
  });

  it('finds exactly what a boundary in front of each phrase finds', () => {
    const shared = phrasesAtWordStart(PHRASES, 'gi');
    const each = new RegExp(PHRASES.map((phrase) => `\\b${phrase}`).join('|'), 'gi');
    const word = fc.constantFrom(
      "I'm",
      'I',
      'we',
      'are',
      "can't",
      'say',
      'not',
      'sure',
      'certainly',
      'the',
      'team',
      'can',
      'a',
      'xa',
      'drivers',
      'they',
      'are',
      'is',
      'all',
      'independent',
      'if',
      'you',
      'u',
      'need',
      'have',
      'to',
      'probably',
      'your',
      'as',
      'soon',
      'so',
      'never',
      "you've",
      'c',
      'bc',
      'x',
      'refund',
      'refunds',
      'y',
    );
    const gap = fc.constantFrom(' ', ', ', "'", '.', '', '\n');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(spans(shared, sample)).toEqual(spans(each, sample));
      }),
      { numRuns: 3000 },
    );
  });

  it('guards a phrase opening with a look-behind by how the rest must begin, and leaves others alone', () => {
    expect(guardLookbehind('(?<!\\b(?:if|all)\\s)(?:you|u) (?:need|have) to')).toBe(
      '(?=(?:you|u))(?<!\\b(?:if|all)\\s)(?:you|u) (?:need|have) to',
    );
    expect(guardLookbehind('(?<=^|, )probably (?:your|the)\\b')).toBe('(?=probably )(?<=^|, )probably (?:your|the)\\b');
    expect(guardLookbehind('(?<!y)refunds?')).toBe('(?=refund)(?<!y)refunds?');
    // No fixed beginning: an optional group, a class, a single letter.
    expect(guardLookbehind('(?<!x)(?:a|b)?c')).toBe('(?<!x)(?:a|b)?c');
    expect(guardLookbehind('(?<![)])[a-z]+')).toBe('(?<![)])[a-z]+');
    expect(guardLookbehind('not (?:sure|certain)')).toBe('not (?:sure|certain)');
  });
});

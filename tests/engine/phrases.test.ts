import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesAtWordStart } from '@/lib/engine/phrases';

const PHRASES = [
  "(?:I|we) (?:can't|cannot) say\\b",
  'not (?:sure|certain)\\b',
  'certain(?:ly)?',
  "(?<!\\b(?:I'm|we are) )not sure\\b",
  '(?:\\w+ )?team (?:can|could)(?! not)\\b',
  'a',
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
    );
    const gap = fc.constantFrom(' ', ', ', "'", '.', '', '\n');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(spans(shared, sample)).toEqual(spans(each, sample));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/engine/sentences';
import { indexWords, wordHash, wordsOf } from '../../lib/engine/word-index';

describe('word index', () => {
  const text = "It’s OUR policy. We can't help.\nPolicy again; café 3-D";
  const sentences = splitSentences(text);
  const index = indexWords(text, sentences);
  const where = (word: string) => index.get(wordHash(word)) ?? [];

  it('maps each lower-cased word to the sentences containing it, once each', () => {
    expect(where('policy')).toEqual([0, 2]);
    expect(where('our')).toEqual([0]);
    expect(where("can't")).toEqual([1]);
  });

  it('splits on anything but ASCII letters, digits and straight apostrophes', () => {
    expect(where('it')).toEqual([0]);
    expect(where('caf')).toEqual([2]);
    expect(where('3')).toEqual([2]);
    expect(where('d')).toEqual([2]);
    expect(wordsOf('Tier-2 queue')).toEqual(['tier', '2', 'queue']);
  });

  it('hashes case-insensitively and tells different words apart', () => {
    expect(wordHash('Policy')).toBe(wordHash('policy'));
    expect(wordHash('policy')).not.toBe(wordHash('policies'));
  });

  it('skips words in blanked regions (outside every sentence)', () => {
    const blanked = '          Refunded.';
    expect(indexWords(blanked, splitSentences(blanked)).get(wordHash('refunded'))).toEqual([0]);
  });
});

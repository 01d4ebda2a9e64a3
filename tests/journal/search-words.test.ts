import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, queryTerms, winWords, wordsMatch } from '@/lib/journal/search-words';

describe('search words', () => {
  it('folds accents and case, splits on punctuation and emoji, keeps RTL words, adds tags', () => {
    expect(winWords('Café RÉSUMÉ—naïve 🎉 thanks!!', ['VIP-list'])).toEqual([
      'cafe',
      'list',
      'naive',
      'resume',
      'thanks',
      'vip',
    ]);
    expect(winWords('שלום עולם مرحبا')).toEqual(['مرحبا', 'עולם', 'שלום'].sort());
  });

  it('cuts very long words so a prefix query still matches', () => {
    const long = 'a'.repeat(100);
    expect(winWords(long)[0]).toHaveLength(MAX_WORD_LENGTH);
    expect(wordsMatch(winWords(long), queryTerms(long))).toBe(true);
  });

  it('matches when every query term prefixes some word', () => {
    const words = winWords('Refund approved for the customer');
    expect(wordsMatch(words, queryTerms('REF cust'))).toBe(true);
    expect(wordsMatch(words, queryTerms('refund missing'))).toBe(false);
    expect(queryTerms('  ,, ')).toEqual([]);
  });
});

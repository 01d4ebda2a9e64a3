import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, queryTerms, tagsMatch, winWords, wordsMatch } from '@/lib/journal/search-words';

describe('search words', () => {
  it('folds accents and case, splits on punctuation and emoji, keeps RTL words, adds tags as words and whole', () => {
    expect(winWords('Café RÉSUMÉ—naïve 🎉 thanks!!', ['VIP-list'])).toEqual([
      '#vip-list',
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

  it('never lets a query word match a tag key, and matches tags by their first letters', () => {
    expect(queryTerms('#bill')).toEqual(['bill']);
    expect(wordsMatch(winWords('Plain text', ['billing']), queryTerms('bill'))).toBe(true);
    expect(tagsMatch(['billing', 'vip'], ' BILL')).toBe(true);
    expect(tagsMatch(['billing'], 'illing')).toBe(false);
    expect(tagsMatch([], 'b')).toBe(false);
  });
});

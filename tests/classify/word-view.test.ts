import { describe, expect, it } from 'vitest';
import { MODEL_SIGNALS } from '@/lib/classify/model';
import { unpackWordView, wordBucket, wordRow, wordViewLogits } from '@/lib/classify/word-view';
import { WORD_VIEW } from '@/lib/classify/word-view.generated';

const GRATITUDE = MODEL_SIGNALS.indexOf('gratitude');
const FRUSTRATION = MODEL_SIGNALS.indexOf('frustration');

describe('the word view (tf-idf words, as the baseline sees them)', () => {
  it('reads lower-cased words of two or more letters, weighs them by idf and normalises the row', () => {
    const idf = new Float32Array(64).fill(1);
    idf[wordBucket('thanks', 64)] = 3;
    const row = wordRow('Thanks THANKS a lot', 64, idf);
    // "a" is one letter: not a word to this view, as \b\w\w+\b.
    expect(row.map(([bucket]) => bucket).sort()).toEqual([wordBucket('thanks', 64), wordBucket('lot', 64)].sort());
    const norm = Math.hypot(...row.map(([, value]) => value));
    expect(norm).toBeCloseTo(1, 6);
    const thanks = row.find(([bucket]) => bucket === wordBucket('thanks', 64))![1];
    expect(thanks / row.find(([bucket]) => bucket === wordBucket('lot', 64))![1]).toBeCloseTo(6, 5);
  });

  it('gives a word no training row had no weight in the norm either (idf 0), as a word outside a vocabulary', () => {
    const idf = new Float32Array(64);
    idf[wordBucket('thanks', 64)] = 2;
    expect(wordRow('thanks zzqx', 64, idf).find(([bucket]) => bucket === wordBucket('thanks', 64))![1]).toBe(1);
  });

  it('ships weights that read thanks as gratitude and an angry line as frustration', () => {
    const view = unpackWordView(WORD_VIEW);
    const thanks = wordViewLogits(view, 'Thank you so much, this helped a lot');
    const angry = wordViewLogits(view, 'This is so stupid and annoying, I hate it');
    expect(thanks[GRATITUDE]!).toBeGreaterThan(angry[GRATITUDE]! + 2);
    expect(angry[FRUSTRATION]!).toBeGreaterThan(thanks[FRUSTRATION]! + 2);
    expect(wordViewLogits(view, '')).toEqual([...view.bias]);
    expect(view.mix.every((m) => m >= 0)).toBe(true);
  });
});

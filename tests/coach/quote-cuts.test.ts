import { describe, expect, it } from 'vitest';
import { leadingCuts } from '@/lib/coach/quote-cuts';

describe('leadingCuts', () => {
  it('drops words from the start, one at a time, so the words that carry the point stay', () => {
    expect(leadingCuts('You should have contacted')).toEqual([
      'You should have contacted',
      '…should have contacted',
      '…have contacted',
    ]);
    expect(leadingCuts("unfortunately we can't")).toEqual(["unfortunately we can't", "…we can't"]);
  });

  it('never cuts a short quote, and keeps its own spacing', () => {
    expect(leadingCuts('as I said', 3)).toEqual(['as I said']);
    expect(leadingCuts('calm  down')).toEqual(['calm  down']);
  });
});

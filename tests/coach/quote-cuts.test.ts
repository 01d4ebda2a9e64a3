import { describe, expect, it } from 'vitest';
import { quoteCuts } from '@/lib/coach/quote-cuts';

describe('quoteCuts', () => {
  it('keeps a refusal whole: the start gives way up to it, then the end', () => {
    // Walk 2026-12-07: cut from the start only, the card quoted "…it today."
    const cuts = quoteCuts("Unfortunately we can't refund it today.");
    expect(cuts).toEqual([
      "Unfortunately we can't refund it today.",
      "…we can't refund it today.",
      "…can't refund it today.",
      "…can't refund it…",
      "…can't refund…",
    ]);
    expect(cuts.every((cut) => cut.includes("can't refund"))).toBe(true);
    expect(quoteCuts('We are not able to reopen the order.').at(-1)).toBe('…not able to reopen…');
    expect(quoteCuts('We cannot refund it.')).toEqual(['We cannot refund it.', '…cannot refund it.', '…cannot refund…']);
    expect(quoteCuts('Sadly we won’t restock it.').at(-1)).toBe('…won’t restock…');
  });


  it('drops words from the start, one at a time, so the words that carry the point stay', () => {
    expect(quoteCuts('You should have contacted')).toEqual([
      'You should have contacted',
      '…should have contacted',
      '…have contacted',
    ]);
    expect(quoteCuts("unfortunately we can't")).toEqual(["unfortunately we can't", "…we can't"]);
  });

  it('never cuts a short quote, and keeps its own spacing', () => {
    expect(quoteCuts('as I said', 3)).toEqual(['as I said']);
    expect(quoteCuts('calm  down')).toEqual(['calm  down']);
  });
});

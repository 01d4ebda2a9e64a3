import { describe, expect, it } from 'vitest';
import { decodeGaps, encodeGap, unpackDraftModel } from '@/lib/rules/shared/draft-model';
import { DRAFT_MODEL } from '@/lib/rules/shared/draft-model-weights.generated';

/** The buckets that gaps stand for: each counted from the previous bucket + 1, the first from -1. */
const bucketsOf = (gaps: number[]) => {
  let bucket = -1;
  return gaps.map((gap) => (bucket += gap + 1));
};

describe('the shipped bucket lists (draft-model.ts encodeGap / decodeGaps)', () => {
  it('writes a gap under 36 as one digit, and longer ones with capital high digits', () => {
    expect(encodeGap(0)).toBe('0');
    expect(encodeGap(35)).toBe('z');
    expect(encodeGap(36)).toBe('B0');
    expect(encodeGap(26 * 36)).toBe('BA0');
  });

  it('reads back every gap of a run with no separator, at each digit boundary and up to 2^16', () => {
    const gaps = [0, 1, 35, 36, 37, 935, 936, 937, 24_335, 24_336, 65_535, 5, 0, 0];
    expect(decodeGaps(gaps.map(encodeGap).join(''))).toEqual(bucketsOf(gaps));
  });

  it('reads an empty list as no buckets', () => {
    expect(decodeGaps('')).toEqual([]);
  });

  it('gives the shipped model one level digit per bucket in every category, all inside the hash range', () => {
    DRAFT_MODEL.buckets.forEach((gaps, c) => {
      const buckets = decodeGaps(gaps);
      expect(buckets.length).toBe(DRAFT_MODEL.weights[c]!.length);
      expect(buckets.every((bucket) => bucket < 1 << DRAFT_MODEL.hashBits)).toBe(true);
    });
    expect(() => unpackDraftModel(DRAFT_MODEL)).not.toThrow();
  });
});

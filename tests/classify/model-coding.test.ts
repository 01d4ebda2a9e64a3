import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLevels } from '@/lib/classify/model-coding';
import { MODEL_SIGNALS, unpackModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { codeLengths, encodeLevels } from '@/scripts/model-coding';

const classes = MODEL_SIGNALS.length;
const LEVELS = 40;

function roundTrip(bytes: Int8Array): Int8Array {
  const decoded = new Int8Array(bytes.length);
  decodeLevels(encodeLevels(bytes, classes, LEVELS), LEVELS, classes, decoded);
  return decoded;
}

describe('entropy-coded model levels (model-coding.ts)', () => {
  it('decodes exactly the levels written, for any sparse model', () => {
    const level = fc.oneof(
      { weight: 6, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: fc.integer({ min: -LEVELS, max: LEVELS }) },
      { weight: 1, arbitrary: fc.constantFrom(-LEVELS, LEVELS) },
    );
    fc.assert(
      fc.property(fc.array(level, { minLength: 4, maxLength: 4 * 600, size: 'max' }), (levels) => {
        const bytes = Int8Array.from(levels.slice(0, levels.length - (levels.length % classes)));
        expect([...roundTrip(bytes)]).toEqual([...bytes]);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a model with one used bucket, a class with no weight at all, and a long run of empty buckets', () => {
    const bytes = new Int8Array(70_000 * classes);
    bytes[69_999 * classes + 2] = -LEVELS;
    expect([...roundTrip(bytes)]).toEqual([...bytes]);
    expect([...roundTrip(new Int8Array(8))]).toEqual([...new Int8Array(8)]);
  });

  it('gives frequent symbols codes no longer than rare ones', () => {
    const lengths = codeLengths([50, 0, 20, 5, 5, 1]);
    expect(lengths[1]).toBe(0);
    expect(lengths[0]).toBeLessThanOrEqual(lengths[2]!);
    expect(lengths[2]).toBeLessThanOrEqual(lengths[3]!);
    expect(lengths[3]).toBeLessThanOrEqual(lengths[5]!);
    // A prefix code: Kraft's sum is exactly 1 for a complete Huffman code.
    expect(lengths.filter((l) => l > 0).reduce((sum, l) => sum + 2 ** -l, 0)).toBe(1);
  });

  it('ships the coded form, never written with quotes or backslashes', () => {
    expect(PACKED_MODEL.coded).toBeDefined();
    const coded = PACKED_MODEL.coded!;
    const text = [coded.bits, coded.gapLengths, coded.maskLengths, ...coded.levelLengths].join('');
    expect(text).not.toMatch(/["'\\]/);
    expect(unpackModel(PACKED_MODEL).levels.length).toBe(PACKED_MODEL.hashSize * classes);
  });
});

import { describe, expect, it } from 'vitest';
import { GAP_MORE, MODEL_SIGNALS, packedChar, unpackModel, type PackedModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';

const classes = MODEL_SIGNALS.length;
const LEVELS = 40;
const gap = (empty: number) => packedChar(GAP_MORE).repeat(Math.floor(empty / GAP_MORE)) + packedChar(empty % GAP_MORE);

describe('packed model format, older one-char-per-level form (model.ts)', () => {
  it('never writes a quote or a backslash, so the generated string needs no escaping', () => {
    const symbols = Array.from({ length: GAP_MORE + 1 }, (_, symbol) => packedChar(symbol));
    expect(symbols.filter((char) => `"'\\`.includes(char))).toEqual([]);
    expect(new Set(symbols).size).toBe(GAP_MORE + 1);
  });

  it('puts each level in its bucket and class, across gaps longer than one symbol', () => {
    const used = [0, 5, 200, 255];
    // levels[k][c]: one row per used bucket, the extremes included.
    const levels = [
      [LEVELS, 0, -LEVELS, 1],
      [-1, 2, 0, 0],
      [0, 0, 7, -7],
      [3, -3, 0, 40],
    ];
    const packed: PackedModel = {
      hashSize: 256,
      charGrams: [3],
      bias: [0, 0, 0, 0],
      scales: [1, 1, 1, 1],
      levels: LEVELS,
      buckets: used.map((bucket, k) => gap(bucket - (used[k - 1] ?? -1) - 1)).join(''),
      weights: MODEL_SIGNALS.map((_, c) => levels.map((row) => packedChar(LEVELS + row[c]!)).join('')).join(''),
    };
    const model = unpackModel(packed);
    const expected = new Int8Array(256 * classes);
    used.forEach((bucket, k) => levels[k]!.forEach((level, c) => (expected[bucket * classes + c] = level)));
    expect([...model.levels]).toEqual([...expected]);
  });

  it('ships levels that decode in range, with the full range used', () => {
    const model = unpackModel(PACKED_MODEL);
    const nonZero = model.levels.reduce((count, level) => count + (level !== 0 ? 1 : 0), 0);
    expect(nonZero).toBeGreaterThan(0);
    // A loop, not Math.max(...levels): 64K buckets × 4 classes is too many arguments for a spread.
    let largest = 0;
    for (const level of model.levels) largest = Math.max(largest, Math.abs(level));
    expect(largest).toBe(PACKED_MODEL.levels);
  });
});

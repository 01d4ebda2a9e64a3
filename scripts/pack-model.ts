/**
 * Float weights → the shipped PackedModel (model.ts reads it back): per-class scales, integer
 * levels, and only the buckets with a non-zero level. Shared by train-classifier (which ships
 * it) and the out-of-fold scoring (which must score exactly what would ship).
 */
import { GAP_MORE, MODEL_SIGNALS, packedChar, type PackedModel } from '@/lib/classify/model';
import { quantise, type FloatModel, type TrainConfig } from '@/scripts/classifier-training';

/** A gap of empty buckets as model.ts reads it: GAP_MORE symbols, each worth GAP_MORE, then the rest. */
function gapSymbols(gap: number): string {
  return packedChar(GAP_MORE).repeat(Math.floor(gap / GAP_MORE)) + packedChar(gap % GAP_MORE);
}

export function pack(model: FloatModel, config: TrainConfig): PackedModel {
  const classes = MODEL_SIGNALS.length;
  const { scales, bytes } = quantise(model.weights, classes, config.levels);
  const used: number[] = [];
  for (let bucket = 0; bucket < config.hashSize; bucket++) {
    if (bytes.subarray(bucket * classes, (bucket + 1) * classes).some((level) => level !== 0)) used.push(bucket);
  }
  return {
    hashSize: config.hashSize,
    charGrams: config.charGrams,
    bias: [...model.bias].map((b) => Number(b.toFixed(4))),
    scales,
    levels: config.levels,
    buckets: used.map((bucket, k) => gapSymbols(bucket - (used[k - 1] ?? -1) - 1)).join(''),
    weights: MODEL_SIGNALS.map((_, c) =>
      used.map((bucket) => packedChar(config.levels + bytes[bucket * classes + c]!)).join(''),
    ).join(''),
  };
}

/**
 * Float weights → the shipped PackedModel (model.ts reads it back): per-class scales, integer
 * levels, and only the buckets with a non-zero level, entropy-coded (scripts/model-coding.ts).
 * Shared by train-classifier (which ships it) and the out-of-fold scoring (which must score
 * exactly what would ship).
 */
import { MODEL_SIGNALS, type PackedModel } from '@/lib/classify/model';
import { quantise, type FloatModel, type TrainConfig } from '@/scripts/classifier-training';
import { encodeLevels } from '@/scripts/model-coding';

export function pack(model: FloatModel, config: TrainConfig): PackedModel {
  const classes = MODEL_SIGNALS.length;
  const { scales, bytes } = quantise(model.weights, classes, config.levels, config.pruneLevels);
  return {
    hashSize: config.hashSize,
    charGrams: config.charGrams,
    bias: [...model.bias].map((b) => Number(b.toFixed(4))),
    scales,
    levels: config.levels,
    coded: encodeLevels(bytes, classes, config.levels),
    ...(model.cues ? { cues: roundedCues(model.cues) } : {}),
    ...(config.keptFloors?.length ? { keptFloors: config.keptFloors } : {}),
  };
}

/** Three decimals: finer than any cue's effect on a threshold, and short in the generated file. */
function roundedCues(cues: Record<string, number[]>): Record<string, number[]> {
  return Object.fromEntries(Object.entries(cues).map(([id, pushes]) => [id, pushes.map((p) => Number(p.toFixed(3)))]));
}

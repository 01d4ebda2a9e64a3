/**
 * The learned half of the classifier: one-vs-rest logistic regression over hashed
 * word, bigram and character n-gram features (see features.ts), trained by
 * scripts/train-classifier.ts on GoEmotions and shipped as small integer weight levels (one per char).
 */
import { extractFeatures, type Token } from './features';

export const MODEL_SIGNALS = ['frustration', 'confusion', 'gratitude', 'sadness'] as const;
export type ModelSignal = (typeof MODEL_SIGNALS)[number];

export interface LinearModel {
  hashSize: number;
  charGrams: readonly number[];
  bias: readonly number[];
  scales: readonly number[];
  /** Bucket-major weight levels: weight = levels[bucket * MODEL_SIGNALS.length + class] * scales[class]. */
  levels: Int8Array;
}

export interface ModelOutput {
  tokens: Token[];
  /** One logit per MODEL_SIGNALS entry. */
  logits: number[];
  /**
   * contributions[class * tokens.length + token]: how much each token pushed that class's
   * logit. Shared scratch memory: read it before the next runModel call.
   */
  contributions: Float64Array;
}

export interface PackedModel {
  hashSize: number;
  charGrams: readonly number[];
  bias: readonly number[];
  scales: readonly number[];
  /**
   * One char per weight level, class-major (all buckets of class 0, then class 1...):
   * level = charCode - LEVEL_ZERO, weight = level * scales[class]. Letters gzip ~20% smaller
   * than base64 of int8 (whose 6-bit groups straddle the bytes), class-major a little more.
   */
  weights: string;
}

/** Char code of level 0 ('J'): levels -9..9 are the letters 'A'..'S', nothing to escape. */
export const LEVEL_ZERO = 0x4a;

/**
 * Decoding is one pass (~2 ms cold, vs ~1.8 ms for the former atob); the levels stay int8 and are scaled at lookup, so the
 * first analyze on a page does not pay for a float copy. Stored bucket-major for lookup locality.
 */
export function unpackModel(packed: PackedModel): LinearModel {
  const text = packed.weights;
  const classes = MODEL_SIGNALS.length;
  const levels = new Int8Array(text.length);
  for (let c = 0, i = 0; c < classes; c++) {
    for (let at = c; i < (c + 1) * packed.hashSize; i++, at += classes) levels[at] = text.charCodeAt(i) - LEVEL_ZERO;
  }
  return { hashSize: packed.hashSize, charGrams: packed.charGrams, bias: packed.bias, scales: packed.scales, levels };
}

// Scratch marks for de-duplicating buckets without a Set per call; `generation` bumps each run.
let marks = new Uint32Array(0);
let contributionScratch = new Float64Array(256);
let generation = 0;

export function runModel(model: LinearModel, text: string): ModelOutput {
  const classes = MODEL_SIGNALS.length;
  const { tokens, buckets, owners } = extractFeatures(text, model.hashSize, model.charGrams);
  if (marks.length !== model.hashSize) marks = new Uint32Array(model.hashSize);
  generation = generation >= 0xfffffffe ? 1 : generation + 1;
  if (generation === 1) marks.fill(0);
  let unique = 0;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if (marks[bucket] === generation) {
      buckets[i] = -1;
    } else {
      marks[bucket] = generation;
      unique++;
    }
  }
  // Features are binary and L2-normalised, as in training.
  const value = 1 / Math.sqrt(Math.max(1, unique));
  const logits = [...model.bias];
  const unit = model.scales.map((scale) => scale * value);
  const width = tokens.length;
  if (contributionScratch.length < classes * width) contributionScratch = new Float64Array(2 * classes * width);
  const contributions = contributionScratch.subarray(0, classes * width);
  contributions.fill(0);
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if (bucket < 0) continue;
    const owner = owners[i]!;
    for (let c = 0; c < classes; c++) {
      const push = model.levels[bucket * classes + c]! * unit[c]!;
      logits[c]! += push;
      contributions[c * width + owner]! += push;
    }
  }
  return { tokens, logits, contributions };
}

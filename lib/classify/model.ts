/**
 * The learned half of the classifier: one-vs-rest logistic regression over hashed
 * word, bigram and character n-gram features (see features.ts), trained by
 * scripts/train-classifier.ts on GoEmotions and shipped as 5-bit weight levels (one per int8).
 */
import { extractFeatures, type Token } from './features';

export const MODEL_SIGNALS = ['frustration', 'confusion', 'gratitude', 'sadness'] as const;
export type ModelSignal = (typeof MODEL_SIGNALS)[number];

export interface LinearModel {
  hashSize: number;
  charGrams: readonly number[];
  bias: readonly number[];
  /** Bucket-major: weights[bucket * MODEL_SIGNALS.length + class]. */
  weights: Float32Array;
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
  /** base64 of int8 weight levels, bucket-major; weight = level * scales[class]. */
  weights: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// A local decoder keeps the engine free of atob/Buffer differences between Node and browsers.
function decodeBase64(text: string): Int8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | (lookup[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

export function unpackModel(packed: PackedModel): LinearModel {
  const raw = decodeBase64(packed.weights);
  const classes = MODEL_SIGNALS.length;
  const weights = new Float32Array(packed.hashSize * classes);
  for (let i = 0; i < weights.length; i++) weights[i] = (raw[i] ?? 0) * (packed.scales[i % classes] ?? 0);
  return { hashSize: packed.hashSize, charGrams: packed.charGrams, bias: packed.bias, weights };
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
  const width = tokens.length;
  if (contributionScratch.length < classes * width) contributionScratch = new Float64Array(2 * classes * width);
  const contributions = contributionScratch.subarray(0, classes * width);
  contributions.fill(0);
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if (bucket < 0) continue;
    const owner = owners[i]!;
    for (let c = 0; c < classes; c++) {
      const push = model.weights[bucket * classes + c]! * value;
      logits[c]! += push;
      contributions[c * width + owner]! += push;
    }
  }
  return { tokens, logits, contributions };
}

/**
 * The learned half of the classifier: one-vs-rest logistic regression over hashed
 * word, bigram and character n-gram features (see features.ts), trained by
 * scripts/train-classifier.ts on GoEmotions and shipped as small integer weight levels (one per char).
 */
import { extractFeatures, type Token } from '@/lib/classify/features';
import { decodeLevels, packedChar, symbolAt, type CodedLevels } from '@/lib/classify/model-coding';

export const MODEL_SIGNALS = ['frustration', 'confusion', 'gratitude', 'sadness'] as const;
export type ModelSignal = (typeof MODEL_SIGNALS)[number];

export interface LinearModel {
  hashSize: number;
  charGrams: readonly number[];
  bias: readonly number[];
  scales: readonly number[];
  /** Bucket-major weight levels: weight = levels[bucket * MODEL_SIGNALS.length + class] * scales[class]. */
  levels: Int8Array;
  /** Learned cue weights (LearnedCues): what a matching cue adds to each class's logit. */
  cues?: LearnedCues;
  /** Learned cues whose hand-set floors still apply, as a guarantee (apply-cues.ts). */
  keptFloors?: readonly string[];
}

/**
 * Cue id → one logit push per MODEL_SIGNALS entry, learned with the word weights (a cue hit
 * is a feature column in training, scripts/classifier-training.ts). For these cues the
 * learned pushes replace the hand-set effects on the model's signals, and their floors unless
 * kept (LinearModel.keptFloors; apply-cues.ts).
 */
export type LearnedCues = Readonly<Record<string, readonly number[]>>;

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
  /** Weight levels run from -levels to levels: weight = level * scales[class]. */
  levels: number;
  cues?: LearnedCues;
  keptFloors?: readonly string[];
  /**
   * The levels, entropy-coded (model-coding.ts): what scripts/pack-model.ts writes. About a
   * quarter smaller gzipped than the one-char-per-level strings below.
   */
  coded?: CodedLevels;
  /**
   * The older form, still read: the buckets with any non-zero weight (the elastic-net training
   * leaves most at zero), as gaps: one symbol (packedChar) per used bucket telling how many
   * empty buckets precede it; the top symbol GAP_MORE adds GAP_MORE and goes on to the next symbol.
   */
  buckets?: string;
  /**
   * The older form: one symbol per used bucket and class, class-major (all used buckets of
   * class 0, then class 1...): level = symbol - levels.
   */
  weights?: string;
}

/**
 * Symbols 0..85 (packedChar) are the chars from '(' up, skipping the backslash, so the strings
 * hold no quote or backslash and never need escaping: ±42 weight levels fit.
 */
export const GAP_MORE = 85;
export { packedChar };

/**
 * Decoding is one pass over the used buckets; the levels stay int8 and are scaled at lookup,
 * so the first analyze on a page does not pay for a float copy. Stored bucket-major for lookup locality.
 */
export function unpackModel(packed: PackedModel): LinearModel {
  const classes = MODEL_SIGNALS.length;
  const levels = new Int8Array(packed.hashSize * classes);
  const model = {
    hashSize: packed.hashSize,
    charGrams: packed.charGrams,
    bias: packed.bias,
    scales: packed.scales,
    levels,
    ...(packed.cues ? { cues: packed.cues } : {}),
    ...(packed.keptFloors ? { keptFloors: packed.keptFloors } : {}),
  };
  if (packed.coded) {
    decodeLevels(packed.coded, packed.levels, classes, levels);
    return model;
  }
  const buckets = packed.buckets ?? '';
  const weights = packed.weights ?? '';
  const used = new Int32Array(weights.length / classes);
  for (let i = 0, k = 0, bucket = -1; i < buckets.length; i++) {
    const gap = symbolAt(buckets, i);
    bucket += gap;
    if (gap < GAP_MORE) used[k++] = ++bucket;
  }
  for (let c = 0, i = 0; c < classes; c++) {
    for (let k = 0; k < used.length; k++, i++) {
      levels[used[k]! * classes + c] = symbolAt(weights, i) - packed.levels;
    }
  }
  return model;
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

// int8 levels: the sum of two models is re-quantised as finely as the type allows.
const SUM_LEVELS = 127;

/**
 * One model scoring as `base` plus `delta` (same hashing): the casual-talk weights ship as a
 * sparse delta on the support weights (casual-register.ts), and are summed once at first use.
 * Learned cue pushes add up; the delta's kept floors replace the base's.
 */
export function addModels(base: LinearModel, delta: LinearModel): LinearModel {
  const classes = MODEL_SIGNALS.length;
  if (base.hashSize !== delta.hashSize || base.charGrams.join() !== delta.charGrams.join()) {
    throw new Error('addModels: the two models hash differently');
  }
  const sums = new Float64Array(base.levels.length);
  const top = new Float64Array(classes);
  const touched = new Array<boolean>(classes).fill(false);
  for (let i = 0; i < sums.length; i++) {
    const c = i % classes;
    sums[i] = base.levels[i]! * base.scales[c]! + delta.levels[i]! * delta.scales[c]!;
    top[c] = Math.max(top[c]!, Math.abs(sums[i]!));
    if (delta.levels[i]) touched[c] = true;
  }
  // A class the delta leaves alone keeps the base's levels exactly (no second rounding).
  const scales = [...top].map((max, c) => (touched[c] ? max / SUM_LEVELS || 1 : base.scales[c]!));
  const levels = Int8Array.from(sums, (w, i) =>
    touched[i % classes] ? Math.round(w / scales[i % classes]!) : base.levels[i]!,
  );
  const cues: Record<string, number[]> = {};
  for (const source of [base.cues, delta.cues]) {
    for (const [id, pushes] of Object.entries(source ?? {})) {
      cues[id] = pushes.map((push, c) => push + (cues[id]?.[c] ?? 0));
    }
  }
  return {
    hashSize: base.hashSize,
    charGrams: base.charGrams,
    bias: base.bias.map((b, c) => b + delta.bias[c]!),
    scales,
    levels,
    cues,
    keptFloors: delta.keptFloors ?? [],
  };
}

/**
 * The learning half of train-classifier: one-vs-rest logistic regression over hashed
 * features, trained jointly with lazy (sparse) Adam, seeded so every run is identical.
 */
import { cueMatches } from '@/lib/classify/apply-cues';
import { MOOD_CUES } from '@/lib/classify/cues';
import { extractFeatures } from '@/lib/classify/features';
import { MODEL_SIGNALS, type ModelSignal } from '@/lib/classify/model';
import type { ElasticNet } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';

export interface TrainConfig {
  hashSize: number;
  charGrams: number[];
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight on positive examples per class (rarer classes need more). */
  positiveWeight: number[];
  /** Weight levels each side of zero in the shipped model (quantise, model.ts packedChar). */
  levels: number;
  seed: number;
  /**
   * NBSVM-style scaling (Wang & Manning 2012): each binary feature is multiplied by its
   * per-class log-count ratio before the regression; `alpha` smooths the counts. The shipped
   * weight is w·r, so scoring is unchanged. Absent: plain logistic regression. `redditCounts`:
   * the ratios count the GoEmotions rows only (support rows still weigh in the regression).
   */
  naiveBayes?: { alpha: number; redditCounts?: boolean };
  /** Weight of each support-corpus row next to a GoEmotions row's 1 (training-rows.ts); 0 or absent: Reddit only. */
  supportWeight?: number;
  /** The retired blind-3 customer messages' train slice joins the support rows (lib-support-corpus.ts). */
  retiredBlind?: boolean;
  /**
   * One extra column, on for support rows only, learned and then dropped (fitModel): it soaks
   * up the support corpus's higher base rate of upset (44 % against Reddit's 15 %), so support
   * vocabulary ("repair", "cancel") does not learn it instead. Shipped scoring never has it.
   */
  domainColumn?: boolean;
  /**
   * Cues learned with the model (ids from lib/classify/cues): each one's hit is a 0/1 column of
   * the regression, on Reddit and support rows alike, and its learned per-class push ships in
   * the model in place of the cue's hand-set floors and effects on those classes (apply-cues.ts).
   * Elastic net only.
   */
  learnedCues?: string[];
  /** Learned cues whose hand-set floors still apply at scoring (shipped as PackedModel.keptFloors). */
  keptFloors?: string[];
  /**
   * Learned cues whose column enters only these classes' fits (MODEL_SIGNALS ids); the other
   * classes learn as if the cue were absent (push 0). A thanks cue must not teach frustration
   * that a thankful complaint is calm ("I do appreciate it. But this is the third time…").
   */
  cueClasses?: Record<string, string[]>;
  /** Rows the operating points are chosen on (out-of-fold.ts): all training rows (default) or the Reddit ones. */
  pointsOn?: 'all' | 'reddit';
  /** Precision "upset" must reach on the support rows; the hint points are raised until it does (out-of-fold.ts). */
  upsetPrecision?: number;
  /**
   * A second opinion trained on the GoEmotions rows alone, added into the shipped weights:
   * weight = mixed + blend[c] · redditOnly (bias and learned cue pushes likewise). Both models
   * read the same hashed features with the same length normalisation, so the sum is one linear
   * model and scoring is unchanged. The support rows pull shared words away from Reddit's
   * labels (train-config.ts); this gives some of Reddit's own ranking back where blend says so.
   * `l1Scale` multiplies the expert's L1 (a sparser expert adds fewer buckets to ship).
   */
  redditExpert?: { blend: number[]; l1Scale?: number };
  /** Full-batch elastic net (elastic-net-training.ts) instead of SGD; the SGD fields are then unused. */
  elasticNet?: ElasticNet;
  /**
   * Magnitude pruning at packing: levels with |level| <= pruneLevels become 0, so their buckets
   * do not ship (the size/F1 curve is in train-config.ts). One number for every class, or one
   * per class (MODEL_SIGNALS order). Absent or 0: no pruning.
   */
  pruneLevels?: number | number[];
}

export interface Encoded {
  offsets: Int32Array;
  buckets: Int32Array;
  /** 0/1 targets per class. */
  labels: number[][];
  /** Each row's weight in the loss and in the naive-Bayes counts. */
  weights: Float64Array;
  /** Each row's weight in the naive-Bayes counts, when it differs from `weights` (naiveBayes.redditCounts). */
  countWeights?: Float64Array;
  /**
   * Columns from here on (the learned cues) are plain 0/1: no naive-Bayes scaling and not part
   * of a row's length normalisation, so a cue's weight is exactly the push it ships as.
   */
  fixedFrom?: number;
  /** Fixed columns that only some classes see (TrainConfig.cueClasses): column -> class indices. */
  fixedClasses?: Record<number, number[]>;
  /**
   * Each entry's scale in place of 1/sqrt(row length), when the rows are made of parts that are
   * normalised on their own (the drafts' sentences: train-draft-model.ts).
   */
  scales?: Float64Array;
  /** Each row's starting logit per class (row * classes + c), from Example.base: the fit learns what to add. */
  base?: Float64Array;
}

export interface FloatModel {
  weights: Float32Array;
  bias: Float32Array;
  classes: number;
  /** Learned cue pushes (TrainConfig.learnedCues), per class. */
  cues?: Record<string, number[]>;
}

/** Past the hash table: the domain column, then one column per learned cue. */
const cueColumn = (config: TrainConfig, k: number) => config.hashSize + 1 + k;

function learnedCueList(config: TrainConfig) {
  return (config.learnedCues ?? []).map((id) => {
    const cue = MOOD_CUES.find((c) => c.id === id);
    if (!cue) throw new Error(`no mood cue ${id}`);
    return cue;
  });
}

function cueClassColumns(config: TrainConfig): Record<number, number[]> {
  const columns: Record<number, number[]> = {};
  (config.learnedCues ?? []).forEach((id, k) => {
    const only = config.cueClasses?.[id];
    if (only) columns[cueColumn(config, k)] = only.map((name) => MODEL_SIGNALS.indexOf(name as ModelSignal));
  });
  return columns;
}

export function encode(examples: Example[], config: TrainConfig): Encoded {
  const offsets = new Int32Array(examples.length + 1);
  const all: number[] = [];
  const cues = learnedCueList(config);
  examples.forEach((example, i) => {
    const unique = [...new Set(extractFeatures(example.text, config.hashSize, config.charGrams).buckets)];
    for (const bucket of unique) all.push(bucket);
    if (config.domainColumn && example.support) all.push(config.hashSize);
    cues.forEach((cue, k) => {
      if (cueMatches(cue, example.text)) all.push(cueColumn(config, k));
    });
    offsets[i + 1] = all.length;
  });
  return {
    offsets,
    buckets: Int32Array.from(all),
    labels: examples.map((e) => e.labels),
    weights: Float64Array.from(examples, (e) => e.weight ?? 1),
    ...(cues.length ? { fixedFrom: cueColumn(config, 0) } : {}),
    ...(config.cueClasses ? { fixedClasses: cueClassColumns(config) } : {}),
    ...(examples.some((e) => e.base)
      ? { base: Float64Array.from(examples.flatMap((e) => e.base ?? e.labels.map(() => 0))) }
      : {}),
    ...(config.naiveBayes?.redditCounts
      ? { countWeights: Float64Array.from(examples, (e) => (e.support ? 0 : (e.weight ?? 1))) }
      : {}),
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per-class log-count ratios r[bucket * classes + c] = log((p/|p|1) / (q/|q|1)), smoothed by alpha. */
export function logCountRatios(data: Encoded, hashSize: number, classes: number, alpha: number): Float32Array {
  const positive = new Float64Array(hashSize * classes).fill(alpha);
  const negative = new Float64Array(hashSize * classes).fill(alpha);
  for (let row = 0; row < data.labels.length; row++) {
    const labels = data.labels[row]!;
    const weight = (data.countWeights ?? data.weights)[row]!;
    for (let k = data.offsets[row]!; k < data.offsets[row + 1]!; k++) {
      const base = data.buckets[k]! * classes;
      for (let c = 0; c < classes; c++) (labels[c] ? positive : negative)[base + c]! += weight;
    }
  }
  const totals = (counts: Float64Array) =>
    Array.from({ length: classes }, (_, c) => {
      let sum = 0;
      for (let i = c; i < counts.length; i += classes) sum += counts[i]!;
      return sum;
    });
  const p = totals(positive);
  const q = totals(negative);
  const ratios = new Float32Array(hashSize * classes);
  for (let i = 0; i < ratios.length; i++) {
    const c = i % classes;
    ratios[i] = Math.log(positive[i]! / p[c]! / (negative[i]! / q[c]!));
  }
  return ratios;
}

export function train(data: Encoded, config: TrainConfig, classes: number): FloatModel {
  const size = config.hashSize * classes;
  const scaling = config.naiveBayes
    ? logCountRatios(data, config.hashSize, classes, config.naiveBayes.alpha)
    : new Float32Array(size).fill(1);
  const weights = new Float32Array(size);
  const bias = new Float32Array(classes);
  const m = new Float32Array(size);
  const v = new Float32Array(size);
  const mb = new Float32Array(classes);
  const vb = new Float32Array(classes);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const random = mulberry32(config.seed);
  const order = Array.from({ length: data.labels.length }, (_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const row of order) {
      step++;
      const from = data.offsets[row]!;
      const to = data.offsets[row + 1]!;
      const value = 1 / Math.sqrt(Math.max(1, to - from));
      const lr = (config.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      for (let c = 0; c < classes; c++) {
        let z = bias[c]!;
        for (let k = from; k < to; k++) {
          const at = data.buckets[k]! * classes + c;
          z += weights[at]! * scaling[at]! * value;
        }
        const y = data.labels[row]![c]!;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * (y ? config.positiveWeight[c]! : 1) * data.weights[row]!;
        mb[c] = beta1 * mb[c]! + (1 - beta1) * g;
        vb[c] = beta2 * vb[c]! + (1 - beta2) * g * g;
        bias[c] = bias[c]! - (lr * mb[c]!) / (Math.sqrt(vb[c]!) + 1e-8);
        for (let k = from; k < to; k++) {
          const at = data.buckets[k]! * classes + c;
          const grad = g * value * scaling[at]! + config.l2 * weights[at]!;
          m[at] = beta1 * m[at]! + (1 - beta1) * grad;
          v[at] = beta2 * v[at]! + (1 - beta2) * grad * grad;
          weights[at] = weights[at]! - (lr * m[at]!) / (Math.sqrt(v[at]!) + 1e-8);
        }
      }
    }
  }
  for (let i = 0; i < size; i++) weights[i] = weights[i]! * scaling[i]!;
  return { weights, bias, classes };
}

/** Trains as the config says, then adds the Reddit-only expert's weights if the config has one. */
export function fitModel(
  examples: Example[],
  config: TrainConfig,
  classes: number,
  fit: (data: Encoded, config: TrainConfig, classes: number) => FloatModel,
): FloatModel {
  const mixed = fitOne(examples, config, classes, fit);
  const expert = config.redditExpert;
  if (!expert) return mixed;
  const net = config.elasticNet;
  const redditConfig: TrainConfig = {
    ...config,
    redditExpert: undefined,
    domainColumn: false,
    ...(net ? { elasticNet: { ...net, l1: net.l1 * (expert.l1Scale ?? 1) } } : {}),
  };
  const reddit = fitOne(
    examples.filter((e) => !e.support),
    redditConfig,
    classes,
    fit,
  );
  const blend = (c: number) => expert.blend[c] ?? 0;
  const weights = Float32Array.from(mixed.weights, (w, i) => w + blend(i % classes) * reddit.weights[i]!);
  const bias = Float32Array.from(mixed.bias, (b, c) => b + blend(c) * reddit.bias[c]!);
  const cues = mixed.cues
    ? Object.fromEntries(
        Object.entries(mixed.cues).map(([id, pushes]) => [
          id,
          pushes.map((p, c) => p + blend(c) * (reddit.cues?.[id]?.[c] ?? 0)),
        ]),
      )
    : undefined;
  return { ...mixed, weights, bias, ...(cues ? { cues } : {}) };
}

/** Trains as the config says; the domain column, if any, sits past the hash table and is dropped. */
function fitOne(
  examples: Example[],
  config: TrainConfig,
  classes: number,
  fit: (data: Encoded, config: TrainConfig, classes: number) => FloatModel,
): FloatModel {
  const data = encode(examples, config);
  const cues = config.learnedCues ?? [];
  if (!config.domainColumn && !cues.length) return fit(data, config, classes);
  const wide = fit(data, { ...config, hashSize: cueColumn(config, cues.length) }, classes);
  const pushes = (k: number) =>
    Array.from({ length: classes }, (_, c) => wide.weights[cueColumn(config, k) * classes + c]!);
  return {
    ...wide,
    weights: wide.weights.slice(0, config.hashSize * classes),
    ...(cues.length ? { cues: Object.fromEntries(cues.map((id, k) => [id, pushes(k)])) } : {}),
  };
}

/** Per-class scales and integer levels in -levels..levels (weight ≈ level * scale), as shipped. */
export function quantise(weights: Float32Array, classes: number, levels: number, pruneLevels: number | number[] = 0) {
  const prune = (c: number) => (typeof pruneLevels === 'number' ? pruneLevels : (pruneLevels[c] ?? 0));
  const scales = Array.from({ length: classes }, (_, c) => {
    let max = 0;
    for (let i = c; i < weights.length; i += classes) max = Math.max(max, Math.abs(weights[i]!));
    return Number((max / levels || 1).toPrecision(6));
  });
  const bytes = new Int8Array(weights.length);
  weights.forEach((w, i) => {
    const level = Math.round(w / scales[i % classes]!);
    bytes[i] = Math.abs(level) <= prune(i % classes) ? 0 : level;
  });
  return { scales, bytes };
}

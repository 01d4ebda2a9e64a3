/**
 * Full-batch elastic-net training of the naive-Bayes-scaled logistic model, one class at a
 * time, by OWL-QN (owlqn.ts) run to convergence instead of a few noisy SGD epochs (FISTA
 * needed thousands of passes here; OWL-QN converges in ~120, like scipy's L-BFGS-B). The L1 term zeroes most hash buckets, so
 * the shipped weights are few and can keep finer levels for the same gzip size
 * (measurements in train-config.ts). Deterministic: no randomness at all.
 */
import { logCountRatios, train, type Encoded, type FloatModel, type TrainConfig } from '@/scripts/classifier-training';
import { dot, owlqn } from '@/scripts/owlqn';

export interface ElasticNet {
  /** Penalties on the mean log-loss (features are NB-scaled as in classifier-training). */
  l1: number;
  l2: number;
  iterations: number;
  /** Per-class multipliers of l1 and l2 (MODEL_SIGNALS order): a noisy label may want a stronger penalty. */
  l1Scale?: number[];
  l2Scale?: number[];
  /** Per-class weight of a positive row in the loss (class weighting); 1 when absent. */
  positiveWeight?: number[];
  /**
   * TF-IDF's weighting as a prior: each bucket's value is also multiplied by idf^idfPower (smooth
   * idf over the training rows), folded into the shipped weight so scoring is unchanged; only
   * which buckets the penalty favours moves. Absent or 0: none.
   */
  idfPower?: number;
}

/** Smooth idf per bucket (scikit-learn's ln((1 + n) / (1 + df)) + 1) raised to `power`; all 1 at power 0. */
function idfScaling(data: Encoded, hashSize: number, power: number): Float64Array {
  const scaling = new Float64Array(hashSize).fill(1);
  if (!power) return scaling;
  const df = new Float64Array(hashSize);
  for (let k = 0; k < data.buckets.length; k++) df[data.buckets[k]!]!++;
  const rows = data.labels.length;
  for (let j = 0; j < hashSize; j++) scaling[j] = (Math.log((1 + rows) / (1 + df[j]!)) + 1) ** power;
  return scaling;
}

/** The trainer a config asks for: elastic net when it has one, else the SGD trainer. */
export function fit(data: Encoded, config: TrainConfig, classes: number): FloatModel {
  return config.elasticNet
    ? trainElasticNet(data, config.hashSize, classes, config.elasticNet, config.naiveBayes?.alpha ?? 1)
    : train(data, config, classes);
}

/** Σ over rows of (p - y)·value per bucket, and the summed log-loss, for one class at point w. */
function lossAndGradient(
  data: Encoded,
  x: Float64Array,
  w: Float64Array,
  bias: number,
  c: number,
  grad: Float64Array,
  positiveWeight: number,
) {
  grad.fill(0);
  let loss = 0;
  let biasGrad = 0;
  for (let row = 0; row < data.labels.length; row++) {
    const from = data.offsets[row]!;
    const to = data.offsets[row + 1]!;
    let z = bias + (data.base?.[row * data.labels[row]!.length + c] ?? 0);
    for (let k = from; k < to; k++) z += w[data.buckets[k]!]! * x[k]!;
    const y = data.labels[row]![c]!;
    const weight = data.weights[row]! * (y ? positiveWeight : 1);
    loss += weight * (Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z))));
    const g = weight * (1 / (1 + Math.exp(-z)) - y);
    biasGrad += g;
    for (let k = from; k < to; k++) grad[data.buckets[k]!]! += g * x[k]!;
  }
  return { loss, biasGrad };
}

export function trainElasticNet(
  data: Encoded,
  hashSize: number,
  classes: number,
  config: ElasticNet,
  alpha: number,
): FloatModel {
  // The mean log-loss is over the rows' total weight, so domain weighting keeps the penalties' scale.
  const n = data.weights.reduce((sum, w) => sum + w, 0);
  const rows = data.labels.length;
  const ratios = logCountRatios(data, hashSize, classes, alpha);
  const idf = idfScaling(data, hashSize, config.idfPower ?? 0);
  const weights = new Float32Array(hashSize * classes);
  const bias = new Float32Array(classes);
  const grad = new Float64Array(hashSize);
  for (let c = 0; c < classes; c++) {
    // Feature values of this class: 1/sqrt(row length) times the bucket's log-count ratio.
    const x = new Float64Array(data.buckets.length);
    const fixedFrom = data.fixedFrom ?? Infinity;
    for (let row = 0; row < rows; row++) {
      const from = data.offsets[row]!;
      const to = data.offsets[row + 1]!;
      let scaled = 0;
      for (let k = from; k < to; k++) if (data.buckets[k]! < fixedFrom) scaled++;
      const value = 1 / Math.sqrt(Math.max(1, scaled));
      for (let k = from; k < to; k++) {
        const bucket = data.buckets[k]!;
        const seen = data.fixedClasses?.[bucket]?.includes(c) ?? true;
        x[k] = bucket < fixedFrom ? (data.scales?.[k] ?? value) * ratios[bucket * classes + c]! * idf[bucket]! : +seen;
      }
    }
    const l2 = config.l2 * (config.l2Scale?.[c] ?? 1);
    const positiveWeight = config.positiveWeight?.[c] ?? 1;
    const evaluate = (point: Float64Array, out: Float64Array) => {
      const w = point.subarray(0, hashSize);
      const { loss, biasGrad } = lossAndGradient(data, x, w, point[hashSize]!, c, grad, positiveWeight);
      for (let j = 0; j < hashSize; j++) out[j] = grad[j]! / n + l2 * w[j]!;
      out[hashSize] = biasGrad / n;
      return loss / n + (l2 / 2) * dot(w, w);
    };
    const solution = owlqn(evaluate, hashSize + 1, config.l1 * (config.l1Scale?.[c] ?? 1), config.iterations);
    for (let j = 0; j < hashSize; j++) {
      weights[j * classes + c] = solution[j]! * (j < fixedFrom ? ratios[j * classes + c]! * idf[j]! : 1);
    }
    bias[c] = solution[hashSize]!;
  }
  return { weights, bias, classes };
}

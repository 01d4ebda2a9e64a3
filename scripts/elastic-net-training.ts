/**
 * Full-batch elastic-net training of the naive-Bayes-scaled logistic model by FISTA
 * (Beck & Teboulle 2009) with adaptive restart (O'Donoghue & Candès 2015), run to
 * convergence instead of a few noisy SGD epochs. The L1 term zeroes most hash buckets, so
 * the shipped weights are few and can keep finer levels for the same gzip size
 * (measurements in train-config.ts). Deterministic: no randomness at all.
 */
import { logCountRatios, train, type Encoded, type FloatModel, type TrainConfig } from './classifier-training';

export interface ElasticNet {
  /** Penalties on the mean log-loss (features are NB-scaled as in classifier-training). */
  l1: number;
  l2: number;
  iterations: number;
}

/** The trainer a config asks for: elastic net when it has one, else the SGD trainer. */
export function fit(data: Encoded, config: TrainConfig, classes: number): FloatModel {
  return config.elasticNet
    ? trainElasticNet(data, config.hashSize, classes, config.elasticNet, config.naiveBayes?.alpha ?? 1)
    : train(data, config, classes);
}

/** Σ over rows of (p - y)·value per bucket, and the summed log-loss, for one class at point w. */
function lossAndGradient(data: Encoded, x: Float64Array, w: Float64Array, bias: number, c: number, grad: Float64Array) {
  grad.fill(0);
  let loss = 0;
  let biasGrad = 0;
  for (let row = 0; row < data.labels.length; row++) {
    const from = data.offsets[row]!;
    const to = data.offsets[row + 1]!;
    let z = bias;
    for (let k = from; k < to; k++) z += w[data.buckets[k]!]! * x[k]!;
    const y = data.labels[row]![c]!;
    loss += Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
    const g = 1 / (1 + Math.exp(-z)) - y;
    biasGrad += g;
    for (let k = from; k < to; k++) grad[data.buckets[k]!]! += g * x[k]!;
  }
  return { loss, biasGrad };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

/**
 * OWL-QN (Andrew & Gao 2007): L-BFGS on the smooth part, kept inside one orthant per step so
 * the L1 term stays differentiable there. The last coordinate is the unpenalised bias.
 */
function owlqn(
  evaluate: (point: Float64Array, grad: Float64Array) => number,
  size: number,
  l1: number,
  iterations: number,
) {
  const memory = 10;
  const penalised = size - 1;
  let w = new Float64Array(size);
  let grad = new Float64Array(size);
  const value = evaluate(w, grad);
  const l1Norm = (point: Float64Array) => {
    let sum = 0;
    for (let j = 0; j < penalised; j++) sum += Math.abs(point[j]!);
    return l1 * sum;
  };
  let objective = value + l1Norm(w);
  const history: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  const pseudo = new Float64Array(size);
  for (let it = 0; it < iterations; it++) {
    for (let j = 0; j < size; j++) {
      const g = grad[j]!;
      if (j === penalised) pseudo[j] = g;
      else if (w[j]! > 0) pseudo[j] = g + l1;
      else if (w[j]! < 0) pseudo[j] = g - l1;
      else pseudo[j] = g + l1 < 0 ? g + l1 : g - l1 > 0 ? g - l1 : 0;
    }
    // Two-loop recursion: direction = -H · pseudo-gradient.
    const direction = pseudo.map((g) => -g);
    const alphas: number[] = [];
    for (let k = history.length - 1; k >= 0; k--) {
      const { s, y, rho } = history[k]!;
      const a = rho * dot(s, direction);
      alphas[k] = a;
      for (let j = 0; j < size; j++) direction[j]! -= a * y[j]!;
    }
    const last = history.at(-1);
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.sqrt(dot(pseudo, pseudo) || 1);
    for (let j = 0; j < size; j++) direction[j]! *= gamma;
    for (const [k, { s, y, rho }] of history.entries()) {
      const b = rho * dot(y, direction);
      for (let j = 0; j < size; j++) direction[j]! += (alphas[k]! - b) * s[j]!;
    }
    for (let j = 0; j < size; j++) if (direction[j]! * pseudo[j]! >= 0) direction[j] = 0;
    // Backtracking inside the orthant of w (or of the steepest descent where w is 0).
    let step = 1;
    const next = new Float64Array(size);
    let nextGrad = new Float64Array(size);
    let nextObjective = Infinity;
    for (let tries = 0; tries < 30; tries++, step /= 2) {
      let decrease = 0;
      for (let j = 0; j < size; j++) {
        const orthant = w[j]! !== 0 ? Math.sign(w[j]!) : -Math.sign(pseudo[j]!);
        const moved = w[j]! + step * direction[j]!;
        next[j] = j === penalised || moved * orthant > 0 ? moved : 0;
        decrease += pseudo[j]! * (next[j]! - w[j]!);
      }
      nextGrad = new Float64Array(size);
      nextObjective = evaluate(next, nextGrad) + l1Norm(next);
      if (nextObjective <= objective + 1e-4 * decrease) break;
    }
    if (!(nextObjective < objective)) break;
    const s = next.map((v, j) => v - w[j]!);
    const y = nextGrad.map((g, j) => g - grad[j]!);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy });
      if (history.length > memory) history.shift();
    }
    const improvement = (objective - nextObjective) / Math.max(1e-12, Math.abs(objective));
    [w, grad, objective] = [next, nextGrad, nextObjective];
    if (improvement < 1e-7) break;
  }
  return w;
}

export function trainElasticNet(
  data: Encoded,
  hashSize: number,
  classes: number,
  config: ElasticNet,
  alpha: number,
): FloatModel {
  const n = data.labels.length;
  const ratios = logCountRatios(data, hashSize, classes, alpha);
  const weights = new Float32Array(hashSize * classes);
  const bias = new Float32Array(classes);
  const grad = new Float64Array(hashSize);
  for (let c = 0; c < classes; c++) {
    // Feature values of this class: 1/sqrt(row length) times the bucket's log-count ratio.
    const x = new Float64Array(data.buckets.length);
    for (let row = 0; row < n; row++) {
      const from = data.offsets[row]!;
      const value = 1 / Math.sqrt(Math.max(1, data.offsets[row + 1]! - from));
      for (let k = from; k < data.offsets[row + 1]!; k++) x[k] = value * ratios[data.buckets[k]! * classes + c]!;
    }
    const evaluate = (point: Float64Array, out: Float64Array) => {
      const w = point.subarray(0, hashSize);
      const { loss, biasGrad } = lossAndGradient(data, x, w, point[hashSize]!, c, grad);
      for (let j = 0; j < hashSize; j++) out[j] = grad[j]! / n + config.l2 * w[j]!;
      out[hashSize] = biasGrad / n;
      return loss / n + (config.l2 / 2) * dot(w, w);
    };
    const solution = owlqn(evaluate, hashSize + 1, config.l1, config.iterations);
    for (let j = 0; j < hashSize; j++) weights[j * classes + c] = solution[j]! * ratios[j * classes + c]!;
    bias[c] = solution[hashSize]!;
  }
  return { weights, bias, classes };
}

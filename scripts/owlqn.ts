/**
 * OWL-QN (Andrew & Gao 2007): minimises a smooth function plus l1·|w| (all coordinates but
 * the last, the bias) with limited-memory BFGS kept inside one orthant per step.
 * Used by elastic-net-training.ts; `evaluate` writes the smooth gradient and returns the value.
 */
export const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

// Inside one orthant the L1 term is linear, so L-BFGS on the smooth part stays valid there.
export function owlqn(
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

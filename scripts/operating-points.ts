/**
 * Chooses a signal's two operating points on dev scores: `hint` maximises F1,
 * `confident` is the lowest threshold whose precision reaches CONFIDENT_PRECISION
 * (so recall is as high as that precision allows).
 */
import type { OperatingPoints } from '../lib/classify/calibration';

export const CONFIDENT_PRECISION = 0.8;
// Ignore precision measured on a handful of predictions: it is noise.
const MIN_CONFIDENT_PREDICTIONS = 20;

export function choosePoints(scores: number[], gold: number[]): OperatingPoints {
  const order = scores.map((s, i) => [s, gold[i]!] as const).sort((a, b) => b[0] - a[0]);
  const positives = gold.reduce((a, b) => a + b, 0);
  let tp = 0;
  let bestF1 = -1;
  let hint = Infinity;
  let confident = Infinity;
  order.forEach(([score, label], i) => {
    tp += label;
    const next = order[i + 1];
    if (next && next[0] === score) return; // only cut between distinct scores
    const predicted = i + 1;
    const precision = tp / predicted;
    const recall = positives ? tp / positives : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const cut = next ? (score + next[0]) / 2 : score - 1e-6;
    if (f1 > bestF1) [bestF1, hint] = [f1, cut];
    if (precision >= CONFIDENT_PRECISION && predicted >= MIN_CONFIDENT_PREDICTIONS) confident = cut;
  });
  const top = order[0]?.[0] ?? 0;
  if (!Number.isFinite(hint)) hint = top + 1;
  if (!Number.isFinite(confident)) confident = top + 1;
  return { hint: Number(hint.toFixed(4)), confident: Number(Math.max(confident, hint + 0.05).toFixed(4)) };
}

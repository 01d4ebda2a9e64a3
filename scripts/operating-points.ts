/**
 * Chooses a signal's two operating points on dev scores: `hint` maximises F1,
 * `confident` is the lowest threshold whose precision reaches CONFIDENT_PRECISION
 * (so recall is as high as that precision allows).
 */
import { CONFIDENT_SCORE, HINT_SCORE, type OperatingPoints } from '@/lib/classify/calibration';

export const CONFIDENT_PRECISION = 0.8;
// Ignore precision measured on a handful of predictions: it is noise.
const MIN_CONFIDENT_PREDICTIONS = 20;

/**
 * `bounds` are the rule score floors and ceilings (score-message.ts): a row floored at or
 * above a level is predicted at that level whatever the threshold, so it is counted before
 * searching; a row capped below it never is.
 */
export interface Bounds {
  floors: number[];
  ceilings: number[];
}

export function choosePoints(scores: number[], gold: number[], bounds: Bounds): OperatingPoints {
  return {
    hint: search(scores, gold, bounds, HINT_SCORE).hint,
    confident: search(scores, gold, bounds, CONFIDENT_SCORE).confident,
  };
}

function search(scores: number[], gold: number[], { floors, ceilings }: Bounds, level: number): OperatingPoints {
  // Rows a rule already decides (floored above the level, or capped below it) are not searched.
  const forced = floors.map((f, i) => f >= level && ceilings[i]! >= level);
  const excluded = ceilings.map((c) => c < level);
  const order = scores
    .map((s, i) => [s, gold[i]!] as const)
    .filter((_, i) => !forced[i] && !excluded[i])
    .sort((a, b) => b[0] - a[0]);
  const positives = gold.reduce((a, b) => a + b, 0);
  const forcedCount = forced.filter(Boolean).length;
  let tp = gold.reduce((sum, g, i) => sum + (forced[i] ? g : 0), 0);
  let bestF1 = -1;
  let hint = Infinity;
  let confident = Infinity;
  order.forEach(([score, label], i) => {
    tp += label;
    const next = order[i + 1];
    if (next && next[0] === score) return; // only cut between distinct scores
    const predicted = forcedCount + i + 1;
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

import type { Sensitivity, SignalLevel } from '@/lib/engine/types';

/** Logit thresholds of one signal: `hint` is the best-F1 point, `confident` the high-precision one. */
export interface OperatingPoints {
  hint: number;
  confident: number;
}

/** Where the operating points land on the shared 0..1 score scale, so scores of different signals compare. */
export const HINT_SCORE = 0.5;
export const CONFIDENT_SCORE = 0.8;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Monotone map of a logit onto 0..1 that puts `hint` at 0.5 and `confident` at 0.8. */
export function calibrate(logit: number, points: OperatingPoints): number {
  if (!Number.isFinite(logit)) return logit > 0 ? 1 : 0;
  if (logit < points.hint) return sigmoid(logit - points.hint);
  if (logit < points.confident) {
    return HINT_SCORE + ((CONFIDENT_SCORE - HINT_SCORE) * (logit - points.hint)) / (points.confident - points.hint);
  }
  return CONFIDENT_SCORE + (1 - CONFIDENT_SCORE) * (2 * sigmoid(logit - points.confident) - 1);
}

/** Inverse of `calibrate`: the logit that maps to `score` (used to turn score floors into logits). */
export function logitFor(score: number, points: OperatingPoints): number {
  if (score <= 0) return -Infinity;
  if (score < HINT_SCORE) return points.hint + Math.log(score / (1 - score));
  if (score < CONFIDENT_SCORE) {
    return points.hint + ((score - HINT_SCORE) * (points.confident - points.hint)) / (CONFIDENT_SCORE - HINT_SCORE);
  }
  const s = Math.min((score - CONFIDENT_SCORE) / (1 - CONFIDENT_SCORE), 1 - 1e-9);
  return points.confident + Math.log((1 + s) / (1 - s));
}

// Sensitivity moves the score needed for each level; medium is exactly the dev-set operating points.
const LEVEL_CUTS: Record<Sensitivity, { hint: number; confident: number }> = {
  low: { hint: 0.6, confident: 0.86 },
  medium: { hint: HINT_SCORE, confident: CONFIDENT_SCORE },
  high: { hint: 0.4, confident: 0.75 },
};

export function levelOf(score: number, sensitivity: Sensitivity = 'medium'): SignalLevel {
  const cuts = LEVEL_CUTS[sensitivity];
  if (score >= cuts.confident) return 'confident';
  return score >= cuts.hint ? 'hint' : 'none';
}

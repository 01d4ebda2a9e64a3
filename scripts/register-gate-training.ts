/**
 * Trains the register gate (lib/classify/register-gate.ts): logistic regression on 0/1
 * features, casual talk (GoEmotions train.tsv) = 1 against messages to a company (the support
 * corpus's train split and the retired blind sets' train slices) = 0, each side weighing half
 * in the loss. Full-batch Adam, deterministic. Cross-validated on the training rows only.
 */
import { GATE_CUE_COUNT, gateFeatures, type RegisterGate } from '@/lib/classify/register-gate';
import { tokenize } from '@/lib/classify/tokenize';
import { findData, loadSplit } from '@/scripts/lib-goemotions';
import {
  retiredBlind11Examples,
  retiredBlind17Examples,
  retiredCustomerExamples,
  supportExamples,
} from '@/scripts/lib-support-corpus';

export interface GateRow {
  text: string;
  casual: 0 | 1;
}

export interface GateSettings {
  buckets: number;
  l2: number;
  epochs: number;
  levels: number;
  /** Share of support rows the gate may send to the casual weights (out-of-fold), which sets the threshold. */
  supportLeak: number;
  /** Levels with |level| <= prune become 0 (fewer distinct values gzip smaller). */
  prune: number;
}

export const GATE_SETTINGS: GateSettings = {
  buckets: 4096,
  l2: 1e-4,
  epochs: 800,
  levels: 40,
  supportLeak: 0.03,
  prune: 5,
};

/** GoEmotions train rows first, then the support rows, in trainingRows' order (so folds agree); null without the data. */
export function gateRows(): GateRow[] | null {
  const file = findData('train.tsv');
  if (!file) return null;
  const desk = [
    ...supportExamples('train'),
    ...retiredCustomerExamples('train'),
    ...retiredBlind11Examples('train'),
    ...retiredBlind17Examples('train'),
  ];
  return [
    ...loadSplit(file).map((e) => ({ text: e.text, casual: 1 as const })),
    ...desk.map((e) => ({ text: e.text, casual: 0 as const })),
  ];
}

export function encodeGateRows(rows: GateRow[], buckets: number): number[][] {
  return rows.map((row) => gateFeatures(row.text, tokenize(row.text), buckets));
}

/** Float weights (bias last) fitted on the given rows. */
export function fitGate(features: number[][], rows: GateRow[], settings: GateSettings): Float64Array {
  const width = settings.buckets + GATE_CUE_COUNT;
  const weights = new Float64Array(width + 1);
  const m = new Float64Array(width + 1);
  const v = new Float64Array(width + 1);
  const casual = rows.filter((r) => r.casual).length;
  const rowWeight = rows.map((r) => 0.5 / (r.casual ? casual : rows.length - casual));
  const grad = new Float64Array(width + 1);
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      let z = weights[width]!;
      for (const f of features[i]!) z += weights[f]!;
      const g = (1 / (1 + Math.exp(-z)) - row.casual) * rowWeight[i]!;
      for (const f of features[i]!) grad[f]! += g;
      grad[width]! += g;
    });
    const lr = 0.05;
    for (let j = 0; j <= width; j++) {
      const gj = grad[j]! + (j < width ? settings.l2 * weights[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      const mh = m[j]! / (1 - 0.9 ** epoch);
      const vh = v[j]! / (1 - 0.999 ** epoch);
      weights[j] = weights[j]! - (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return weights;
}

export function quantiseGate(weights: Float64Array, settings: GateSettings, threshold: number): RegisterGate {
  const width = settings.buckets + GATE_CUE_COUNT;
  let max = 0;
  for (let j = 0; j < width; j++) max = Math.max(max, Math.abs(weights[j]!));
  const scale = Number((max / settings.levels).toPrecision(4));
  return {
    buckets: settings.buckets,
    bias: Number(weights[width]!.toFixed(3)),
    scale,
    levels: Array.from(weights.subarray(0, width), (w) => {
      const level = Math.round(w / scale);
      return Math.abs(level) <= settings.prune ? 0 : level;
    }),
    threshold: Number(threshold.toFixed(3)),
  };
}

export const scoreGate = (gate: RegisterGate, features: number[]) =>
  features.reduce((z, f) => z + (gate.levels[f] ?? 0) * gate.scale, gate.bias);

/** The lowest logit that lets at most `leak` of the support rows through (their logits, out-of-fold). */
export function thresholdFor(supportLogits: number[], leak: number): number {
  const sorted = [...supportLogits].sort((a, b) => b - a);
  const allowed = Math.floor(leak * sorted.length);
  return (sorted[allowed] ?? 0) + 1e-3;
}

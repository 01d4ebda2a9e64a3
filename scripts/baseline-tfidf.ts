/**
 * npx tsx scripts/baseline-tfidf.ts ['{"bigrams":true}' ...]
 * The yardstick issue 15 names: plain TF-IDF + logistic regression, as scikit-learn's
 * TfidfVectorizer() + LogisticRegression() would fit it (lower-cased \b\w\w+\b tokens, smooth
 * idf, l2-normalised rows, L2 with C = 1), one-vs-rest on GoEmotions train.tsv only, mapped
 * onto our classes exactly as eval:emotions maps them (lib-goemotions.ts). Each class's
 * threshold is the best-F1 cut on 5-fold out-of-fold scores of train.tsv, never on dev, as
 * train-classifier picks the shipped hint points; then it prints F1 on dev.tsv, so the model
 * and its baseline are compared on the same split. The JSON patches vary one thing at a
 * time (train-config.ts records what each says about the shipped model).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { count, findData, loadSplit, MODEL_CLASSES, prf, round3, type Example } from '@/scripts/lib-goemotions';
import { dot, owlqn } from '@/scripts/owlqn';

export interface BaselineConfig {
  /** Word bigrams next to unigrams (ngram_range=(1, 2)). */
  bigrams: boolean;
  /** 1 + log(tf) instead of raw counts (sublinear_tf). */
  sublinear: boolean;
  /** Inverse regularisation strength, as scikit-learn's C. */
  C: number;
  /** Terms seen in fewer rows are dropped (min_df). */
  minDf: number;
}

export const DEFAULTS: BaselineConfig = { bigrams: false, sublinear: false, C: 1, minDf: 1 };
const FOLDS = 5;

interface Matrix {
  offsets: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  width: number;
}

function terms(text: string, config: BaselineConfig): string[] {
  const words = text.toLowerCase().match(/\b\w\w+\b/gu) ?? [];
  if (!config.bigrams) return words;
  return [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
}

/** Vocabulary and idf from `fitRows` only (as fit_transform on the training fold). */
export function vectoriser(fitRows: Example[], config: BaselineConfig) {
  const df = new Map<string, number>();
  for (const row of fitRows) for (const term of new Set(terms(row.text, config))) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const idf: number[] = [];
  for (const [term, n] of df) {
    if (n < config.minDf) continue;
    vocabulary.set(term, idf.length);
    idf.push(Math.log((1 + fitRows.length) / (1 + n)) + 1);
  }
  return (rows: Example[]): Matrix => {
    const offsets = new Int32Array(rows.length + 1);
    const columns: number[] = [];
    const values: number[] = [];
    rows.forEach((row, i) => {
      const tf = new Map<number, number>();
      for (const term of terms(row.text, config)) {
        const column = vocabulary.get(term);
        if (column !== undefined) tf.set(column, (tf.get(column) ?? 0) + 1);
      }
      const entries = [...tf].map(([column, n]) => [column, (config.sublinear ? 1 + Math.log(n) : n) * idf[column]!]);
      const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v! * v!, 0)) || 1;
      for (const [column, v] of entries) {
        columns.push(column!);
        values.push(v! / norm);
      }
      offsets[i + 1] = columns.length;
    });
    return { offsets, columns: Int32Array.from(columns), values: Float64Array.from(values), width: idf.length };
  };
}

/** scikit-learn's objective divided by C·n: mean log-loss + ||w||² / (2·C·n), bias unpenalised. */
export function fitClass(x: Matrix, gold: number[], C: number): Float64Array {
  const n = gold.length;
  const l2 = 1 / (C * n);
  const evaluate = (point: Float64Array, out: Float64Array) => {
    out.fill(0);
    const bias = point[x.width]!;
    let loss = 0;
    for (let row = 0; row < n; row++) {
      let z = bias;
      for (let k = x.offsets[row]!; k < x.offsets[row + 1]!; k++) z += point[x.columns[k]!]! * x.values[k]!;
      const y = gold[row]!;
      loss += Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
      const g = (1 / (1 + Math.exp(-z)) - y) / n;
      out[x.width]! += g;
      for (let k = x.offsets[row]!; k < x.offsets[row + 1]!; k++) out[x.columns[k]!]! += g * x.values[k]!;
    }
    const w = point.subarray(0, x.width);
    for (let j = 0; j < x.width; j++) out[j]! += l2 * w[j]!;
    return loss / n + (l2 / 2) * dot(w, w);
  };
  return owlqn(evaluate, x.width + 1, 0, 300);
}

export function logits(x: Matrix, w: Float64Array): number[] {
  return Array.from({ length: x.offsets.length - 1 }, (_, row) => {
    let z = w[x.width]!;
    for (let k = x.offsets[row]!; k < x.offsets[row + 1]!; k++) z += w[x.columns[k]!]! * x.values[k]!;
    return z;
  });
}

export function bestCut(scores: number[], gold: number[]): number {
  const order = scores.map((s, i) => [s, gold[i]!] as const).sort((a, b) => b[0] - a[0]);
  const positives = gold.reduce((a, b) => a + b, 0);
  let tp = 0;
  let best = { f1: -1, cut: 0 };
  order.forEach(([score, label], i) => {
    tp += label;
    const next = order[i + 1];
    if (next && next[0] === score) return;
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best.f1) best = { f1, cut: next ? (score + next[0]) / 2 : score - 1e-6 };
  });
  return best.cut;
}

function evaluateConfig(train: Example[], dev: Example[], config: BaselineConfig) {
  const outOfFold = MODEL_CLASSES.map(() => new Array<number>(train.length));
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitRows = train.filter((_, i) => i % FOLDS !== fold);
    const heldIndex = train.flatMap((_, i) => (i % FOLDS === fold ? [i] : []));
    const vectorise = vectoriser(fitRows, config);
    const x = vectorise(fitRows);
    const held = vectorise(heldIndex.map((i) => train[i]!));
    MODEL_CLASSES.forEach((_, c) => {
      const scores = logits(
        held,
        fitClass(
          x,
          fitRows.map((r) => r.labels[c]!),
          config.C,
        ),
      );
      heldIndex.forEach((i, k) => (outOfFold[c]![i] = scores[k]!));
    });
  }
  const vectorise = vectoriser(train, config);
  const x = vectorise(train);
  const devX = vectorise(dev);
  const result: Record<string, { p: number; r: number; f1: number; bestF1: number }> = {};
  MODEL_CLASSES.forEach((id, c) => {
    const cut = bestCut(
      outOfFold[c]!,
      train.map((r) => r.labels[c]!),
    );
    const scores = logits(
      devX,
      fitClass(
        x,
        train.map((r) => r.labels[c]!),
        config.C,
      ),
    );
    const gold = dev.map((r) => r.labels[c]!);
    const at = prf(
      count(
        scores.map((s) => s >= cut),
        gold,
      ),
    );
    // The best F1 any threshold reaches on dev: an upper bound, for reading the gap, never shipped.
    const oracle = prf(
      count(
        scores.map((s) => s >= bestCut(scores, gold)),
        gold,
      ),
    );
    result[id] = { p: round3(at.p), r: round3(at.r), f1: round3(at.f1), bestF1: round3(oracle.f1) };
  });
  return result;
}

function main() {
  const trainFile = findData('train.tsv');
  const devFile = findData('dev.tsv');
  if (!trainFile || !devFile) {
    console.log('skipped: GoEmotions train.tsv / dev.tsv not found');
    return;
  }
  const train = loadSplit(trainFile);
  const dev = loadSplit(devFile);
  const patches = process.argv.slice(2);
  for (const patch of patches.length ? patches : ['{}']) {
    const config = { ...DEFAULTS, ...(JSON.parse(patch) as Partial<BaselineConfig>) };
    const result = evaluateConfig(train, dev, config);
    const cells = MODEL_CLASSES.map((id) => `${id.slice(0, 5)} ${result[id]!.f1.toFixed(3)}`).join(' ');
    console.log(`${cells} ${patch}`);
    console.log(JSON.stringify(result));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

/**
 * npx tsx scripts/cv-word-view.ts ['{"buckets":65536}' ...] — does a second view of the words add to
 * the casual expert (train-config.ts, tenth pass)? The word view sees text as the TF-IDF baseline
 * (baseline-tfidf.ts) does: lower-cased \b\w\w+\b words, hashed so no vocabulary would ship, smooth
 * idf per bucket (rounded as it would ship; 0 where no training word fell, as a word outside a
 * vocabulary), l2 rows, L2 logistic regression. 5-fold out-of-fold on GoEmotions train.tsv alone (fold =
 * row index mod 5, as out-of-fold.ts; dev is never read), best-F1 cut per class: the exact baseline,
 * the word view (float and quantised), the casual expert's model logits, and the two combined by the
 * mean of logits and by a two-input logistic stack. The casual expert's fold models take minutes
 * each, so they are cached (CASUAL_FOLDS, default /tmp/cv-word-view-casual-folds.json);
 * SKIP_BASELINE=1 leaves the exact baseline out, VIEW_ONLY=1 the casual expert.
 * The whole casual path with the view mixed in (cues, intensity, points) needed a scoring hook
 * that was removed with the view (commit c5e9d6a has both).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fnv1a } from '@/lib/classify/features';
import { MODEL_SIGNALS, runModel, unpackModel, type PackedModel } from '@/lib/classify/model';
import { bestCut, DEFAULTS, fitClass, logits as baselineLogits, vectoriser } from '@/scripts/baseline-tfidf';
import { fitModel } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { count, findData, loadSplit, prf, type Example } from '@/scripts/lib-goemotions';
import { quantise } from '@/scripts/classifier-training';
import { encodeLevels } from '@/scripts/model-coding';
import { FOLDS } from '@/scripts/out-of-fold';
import { pack } from '@/scripts/pack-model';
import { CASUAL_CONFIG, WORD_VIEW_CONFIG, type WordViewConfig } from '@/scripts/train-config';
import { dot, owlqn } from '@/scripts/owlqn';

const CLASSES = MODEL_SIGNALS.length;
const CASUAL_FOLDS = process.env.CASUAL_FOLDS ?? '/tmp/cv-word-view-casual-folds.json';
const SEED = fnv1a('v');
// The baseline's token pattern (scikit-learn's default \b\w\w+\b on lower-cased text).
const WORD = /\b\w\w+\b/g;

/** Distinct buckets of one text and each one's term count. */
function wordCounts(text: string, buckets: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const bucket = fnv1a(word, SEED) & (buckets - 1);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return counts;
}

/** tf·idf per bucket, l2-normalised: the row the regression sees. */
function wordRow(text: string, buckets: number, idf: ArrayLike<number>): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [bucket, n] of wordCounts(text, buckets)) {
    const value = n * idf[bucket]!;
    entries.push([bucket, value]);
    norm += value * value;
  }
  const scale = 1 / (Math.sqrt(norm) || 1);
  for (const entry of entries) entry[1] *= scale;
  return entries;
}

interface Matrix {
  offsets: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  width: number;
}

function toMatrix(rows: Example[], buckets: number, idf: ArrayLike<number>): Matrix {
  const offsets = new Int32Array(rows.length + 1);
  const columns: number[] = [];
  const values: number[] = [];
  rows.forEach((row, i) => {
    for (const [bucket, value] of wordRow(row.text, buckets, idf)) {
      columns.push(bucket);
      values.push(value);
    }
    offsets[i + 1] = columns.length;
  });
  return { offsets, columns: Int32Array.from(columns), values: Float64Array.from(values), width: buckets };
}

/**
 * Smooth idf per bucket from the rows' distinct buckets, rounded to the step it would ship at; 0 where no
 * training word fell, so an unseen word weighs nothing, as a word outside the baseline's vocabulary.
 */
function bucketIdf(rows: Example[], config: WordViewConfig): Float32Array {
  const df = new Int32Array(config.buckets);
  for (const row of rows) for (const bucket of wordCounts(row.text, config.buckets).keys()) df[bucket]!++;
  const top = 2 * config.idfLevels;
  return Float32Array.from(df, (n) => {
    if (n === 0) return 0;
    const idf = Math.log((1 + rows.length) / (1 + n)) + 1;
    return Math.max(1, Math.min(top, Math.round(idf / config.idfStep))) * config.idfStep;
  });
}

interface FloatView {
  idf: Float32Array;
  bias: number[];
  weights: Float32Array;
}

function fitView(rows: Example[], config: WordViewConfig): FloatView {
  const idf = bucketIdf(rows, config);
  const x = toMatrix(rows, config.buckets, idf);
  const weights = new Float32Array(config.buckets * CLASSES);
  const bias = MODEL_SIGNALS.map((_, c) => {
    const w = fitClass(
      x,
      rows.map((r) => r.labels[c]!),
      config.C,
    );
    for (let b = 0; b < config.buckets; b++) weights[b * CLASSES + c] = w[b]!;
    return w[config.buckets]!;
  });
  return { idf, bias, weights };
}

/**
 * The view as it would ship: weights at ±levels per class, idf levels, both entropy-coded as the
 * mood model's are (model-coding.ts); returns the dequantised view and the coded size.
 */
function quantisedView(view: FloatView, config: WordViewConfig): { view: FloatView; size: number } {
  const { scales, bytes } = quantise(view.weights, CLASSES, config.levels, config.prune);
  const idfBytes = Int8Array.from(view.idf, (v) => Math.round(v / config.idfStep) - config.idfLevels);
  const coded = {
    idf: encodeLevels(idfBytes, 1, config.idfLevels),
    weights: encodeLevels(bytes, CLASSES, config.levels),
    scales,
    bias: view.bias,
  };
  const weights = Float32Array.from(bytes, (level, i) => level * scales[i % CLASSES]!);
  return { view: { ...view, weights }, size: gzipSync(JSON.stringify(coded)).length };
}

function viewLogits(view: FloatView, text: string, buckets: number): number[] {
  const logits = [...view.bias];
  for (const [bucket, value] of wordRow(text, buckets, view.idf)) {
    for (let c = 0; c < CLASSES; c++) logits[c]! += view.weights[bucket * CLASSES + c]! * value;
  }
  return logits;
}

/** Best F1 any cut reaches on these scores (cuts chosen on the same out-of-fold scores, as the baseline's are). */
function bestF1(scores: number[], gold: number[]): number {
  const cut = bestCut(scores, gold);
  return prf(
    count(
      scores.map((s) => s >= cut),
      gold,
    ),
  ).f1;
}

/** Two-input logistic stack (plus bias) on out-of-fold logits; returns the weights [a, b, bias]. */
function stack(first: number[], second: number[], gold: number[]): Float64Array {
  const n = gold.length;
  return owlqn(
    (w, g) => {
      g.fill(0);
      let loss = 0;
      for (let i = 0; i < n; i++) {
        const z = w[0]! * first[i]! + w[1]! * second[i]! + w[2]!;
        loss += Math.max(z, 0) - gold[i]! * z + Math.log1p(Math.exp(-Math.abs(z)));
        const d = (1 / (1 + Math.exp(-z)) - gold[i]!) / n;
        g[0]! += d * first[i]!;
        g[1]! += d * second[i]!;
        g[2]! += d;
      }
      return loss / n + 1e-6 * dot(w, w);
    },
    3,
    0,
    200,
  );
}

function casualFolds(rows: Example[]): PackedModel[] {
  if (existsSync(CASUAL_FOLDS)) return JSON.parse(readFileSync(CASUAL_FOLDS, 'utf8')) as PackedModel[];
  const models = Array.from({ length: FOLDS }, (_, fold) =>
    pack(
      fitModel(
        rows.filter((_, i) => i % FOLDS !== fold),
        CASUAL_CONFIG,
        CLASSES,
        fit,
      ),
      CASUAL_CONFIG,
    ),
  );
  writeFileSync(CASUAL_FOLDS, JSON.stringify(models));
  return models;
}

const cells = (values: number[]) => values.map((v) => v.toFixed(3)).join('/');

function main() {
  const file = findData('train.tsv');
  if (!file) {
    console.log('skipped: GoEmotions train.tsv not found');
    return;
  }
  const rows = loadSplit(file);
  const config: WordViewConfig = {
    ...WORD_VIEW_CONFIG,
    ...(JSON.parse(process.argv[2] ?? '{}') as Partial<WordViewConfig>),
  };
  const gold = MODEL_SIGNALS.map((_, c) => rows.map((r) => r.labels[c]!));
  const fold = (i: number) => i % FOLDS;
  // Out-of-fold logits: the exact baseline, the word view (float and quantised), the casual expert alone.
  const baseline = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const view = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const quantised = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const casual = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const viewOnly = Boolean(process.env.VIEW_ONLY);
  const folds = viewOnly ? [] : casualFolds(rows).map(unpackModel);
  let size = 0;
  for (let k = 0; k < FOLDS; k++) {
    const fitRows = rows.filter((_, i) => fold(i) !== k);
    const heldIndex = rows.flatMap((_, i) => (fold(i) === k ? [i] : []));
    const heldRows = heldIndex.map((i) => rows[i]!);
    if (!process.env.SKIP_BASELINE) {
      const vectorise = vectoriser(fitRows, DEFAULTS);
      const x = vectorise(fitRows);
      const held = vectorise(heldRows);
      MODEL_SIGNALS.forEach((_, c) => {
        const scores = baselineLogits(
          held,
          fitClass(
            x,
            fitRows.map((r) => r.labels[c]!),
            1,
          ),
        );
        heldIndex.forEach((i, j) => (baseline[c]![i] = scores[j]!));
      });
    }
    const floatView = fitView(fitRows, config);
    const coded = quantisedView(floatView, config);
    size = coded.size;
    const held = toMatrix(heldRows, config.buckets, floatView.idf);
    MODEL_SIGNALS.forEach((_, c) => {
      const w = new Float64Array(config.buckets + 1);
      for (let b = 0; b < config.buckets; b++) w[b] = floatView.weights[b * CLASSES + c]!;
      w[config.buckets] = floatView.bias[c]!;
      baselineLogits(held, w).forEach((z, j) => (view[c]![heldIndex[j]!] = z));
    });
    heldIndex.forEach((i) => {
      const z = viewLogits(coded.view, rows[i]!.text, config.buckets);
      const m = viewOnly ? z : runModel(folds[k]!, rows[i]!.text).logits;
      MODEL_SIGNALS.forEach((_, c) => {
        quantised[c]![i] = z[c]!;
        casual[c]![i] = m[c]!;
      });
    });
    console.log(`fold ${k} done`);
  }
  const line = (name: string, scores: number[][]) =>
    console.log(`${name.padEnd(28)} ${cells(MODEL_SIGNALS.map((_, c) => bestF1(scores[c]!, gold[c]!)))}`);
  console.log(`out-of-fold best F1 on train (frustration/confusion/gratitude/sadness), ${JSON.stringify(config)}`);
  if (!process.env.SKIP_BASELINE) line('baseline (exact vocabulary)', baseline);
  line('word view, float', view);
  line(`word view, quantised ${(size / 1024).toFixed(1)} KB`, quantised);
  if (viewOnly) return;
  line('casual expert (model alone)', casual);
  line(
    'mean of logits',
    MODEL_SIGNALS.map((_, c) => casual[c]!.map((z, i) => z + quantised[c]![i]!)),
  );
  const mix = MODEL_SIGNALS.map((_, c) => {
    const [a, b] = stack(casual[c]!, quantised[c]!, gold[c]!);
    return b! / a!;
  });
  line(
    `stack, mix ${mix.map((m) => m.toFixed(2)).join('/')}`,
    MODEL_SIGNALS.map((_, c) => casual[c]!.map((z, i) => z + mix[c]! * quantised[c]![i]!)),
  );
}

main();

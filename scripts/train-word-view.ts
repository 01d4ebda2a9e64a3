/**
 * npx tsx scripts/train-word-view.ts ['{"buckets":16384}' ...] — the word view (lib/classify/word-view.ts)
 * and its mix into the casual weights, on GoEmotions train.tsv alone (dev is never read).
 * 5-fold out-of-fold on train (fold = row index mod 5, as out-of-fold.ts): the word view alone
 * (best-F1 cut, float and as shipped) next to the exact TF-IDF baseline (baseline-tfidf.ts) it
 * copies, then the casual expert alone and the two combined, each class's mix the ratio of the
 * weights of a two-input logistic stack fitted on the out-of-fold logits; the combined casual path
 * (cues, intensity, operating points chosen on these scores) is summarised as train-casual-weights
 * does. WORD_VIEW_WRITE=1 fits on all of train and writes lib/classify/word-view.generated.ts and
 * the casual points (casual-weights.generated.ts) chosen on the combined out-of-fold path.
 * The casual expert's fold models are cached in /tmp (CASUAL_FOLDS) as they take minutes each.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MODEL_SIGNALS, runModel, unpackModel, type LinearModel, type PackedModel } from '@/lib/classify/model';
import {
  unpackWordView,
  wordCounts,
  wordRow,
  wordViewLogits,
  type PackedWordView,
  type WordView,
} from '@/lib/classify/word-view';
import { bestCut, DEFAULTS, fitClass, logits as baselineLogits, vectoriser } from '@/scripts/baseline-tfidf';
import { fitModel } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { count, findData, loadSplit, prf, repoRoot, type Example } from '@/scripts/lib-goemotions';
import { quantise } from '@/scripts/classifier-training';
import { encodeLevels } from '@/scripts/model-coding';
import { FOLDS, settlePoints, summarise } from '@/scripts/out-of-fold';
import { pack } from '@/scripts/pack-model';
import { CASUAL_MODEL } from '@/lib/classify/casual-weights.generated';
import { CASUAL_CONFIG, WORD_VIEW_CONFIG, type WordViewConfig } from '@/scripts/train-config';
import { weightsFileLines, writeGenerated } from '@/scripts/write-generated';
import { dot, owlqn } from '@/scripts/owlqn';
import { gzipSync } from 'node:zlib';

const CLASSES = MODEL_SIGNALS.length;
const CASUAL_FOLDS = process.env.CASUAL_FOLDS ?? '/tmp/mood6/casual-folds.json';

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
 * Smooth idf per bucket from the rows' distinct buckets, rounded to the shipped step; 0 where no
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

function packView(view: FloatView, config: WordViewConfig, mix: number[]): PackedWordView {
  const { scales, bytes } = quantise(view.weights, CLASSES, config.levels, config.prune);
  const idfBytes = Int8Array.from(view.idf, (v) => Math.round(v / config.idfStep) - config.idfLevels);
  return {
    buckets: config.buckets,
    idfStep: config.idfStep,
    idfLevels: config.idfLevels,
    idf: encodeLevels(idfBytes, 1, config.idfLevels),
    bias: view.bias.map((b) => Number(b.toFixed(4))),
    scales,
    levels: config.levels,
    weights: encodeLevels(bytes, CLASSES, config.levels),
    mix: mix.map((m) => Number(m.toFixed(3))),
  };
}

const gzipOf = (value: unknown) => gzipSync(JSON.stringify(value)).length;

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

async function main() {
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
  // Out-of-fold logits: the exact baseline, the word view (float and as shipped), the casual expert alone.
  const baseline = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const view = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const shipped = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const casual = MODEL_SIGNALS.map(() => new Array<number>(rows.length));
  const viewOnly = Boolean(process.env.VIEW_ONLY);
  const folds = viewOnly ? [] : casualFolds(rows).map(unpackModel);
  const views: WordView[] = [];
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
    const packed = packView(
      floatView,
      config,
      MODEL_SIGNALS.map(() => 1),
    );
    size = gzipOf(packed);
    const unpacked = unpackWordView(packed);
    views.push(unpacked);
    const held = toMatrix(heldRows, config.buckets, floatView.idf);
    MODEL_SIGNALS.forEach((_, c) => {
      const w = new Float64Array(config.buckets + 1);
      for (let b = 0; b < config.buckets; b++) w[b] = floatView.weights[b * CLASSES + c]!;
      w[config.buckets] = floatView.bias[c]!;
      baselineLogits(held, w).forEach((z, j) => (view[c]![heldIndex[j]!] = z));
    });
    heldIndex.forEach((i) => {
      const own = unpacked;
      const z = wordViewLogits(own, rows[i]!.text);
      const m = viewOnly ? z : runModel(folds[k]!, rows[i]!.text).logits;
      MODEL_SIGNALS.forEach((_, c) => {
        shipped[c]![i] = z[c]!;
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
  line(`word view, shipped ${(size / 1024).toFixed(1)} KB`, shipped);
  if (viewOnly) return;
  line('casual expert (model alone)', casual);
  line(
    'mean of logits',
    MODEL_SIGNALS.map((_, c) => casual[c]!.map((z, i) => z + shipped[c]![i]!)),
  );
  const mix = MODEL_SIGNALS.map((_, c) => {
    const [a, b] = stack(casual[c]!, shipped[c]!, gold[c]!);
    return b! / a!;
  });
  line(
    `stack, mix ${mix.map((m) => m.toFixed(2)).join('/')}`,
    MODEL_SIGNALS.map((_, c) => casual[c]!.map((z, i) => z + mix[c]! * shipped[c]![i]!)),
  );
  // The whole casual path (cues, intensity, floors) with the word view mixed in, points chosen on it.
  const combined = folds.map((model, k) => ({ ...model, wordView: { ...views[k]!, mix } }) as LinearModel);
  const reportPath = (name: string, models: LinearModel[]) => {
    const held = settlePoints(
      rows,
      rows.map(() => false),
      models,
      CASUAL_CONFIG,
    );
    const { classes } = summarise(held.parts, held.rows, held.support, held.points);
    const f = classes.frustration!;
    console.log(
      `${name.padEnd(28)} ${cells(MODEL_SIGNALS.map((id) => classes[id]!.f1))} | frustration confident P ${f.confidentP.toFixed(2)} R ${f.confidentR.toFixed(3)}`,
    );
    return held.points;
  };
  reportPath('casual path alone', folds);
  const points = reportPath('casual path + word view', combined);
  if (!process.env.WORD_VIEW_WRITE) return;
  const packed = packView(fitView(rows, config), config, mix);
  await writeGenerated(path.resolve(repoRoot, 'lib/classify/word-view.generated.ts'), [
    '// GENERATED by scripts/train-word-view.ts: do not edit by hand.',
    '// Trained on GoEmotions (Demszky et al. 2020, Apache-2.0) train.tsv alone: the word view mixed into the casual weights.',
    "import type { PackedWordView } from '@/lib/classify/word-view';",
    '',
    `export const WORD_VIEW: PackedWordView = ${JSON.stringify(packed)};`,
  ]);
  // The casual weights themselves are unchanged (train-casual-weights.ts); only their points move.
  const casualPacked = CASUAL_MODEL;
  await writeGenerated(
    path.resolve(repoRoot, 'lib/classify/casual-weights.generated.ts'),
    weightsFileLines(
      [
        '// GENERATED by scripts/train-casual-weights.ts (points: scripts/train-word-view.ts): do not edit by hand.',
        '// Trained on GoEmotions (Demszky et al. 2020, Apache-2.0) alone: the weights for messages the register gate reads as casual talk.',
      ],
      ['CASUAL_POINTS', 'CASUAL_MODEL'],
      points,
      casualPacked,
    ),
  );
  console.log(`written: word view ${(gzipOf(packed) / 1024).toFixed(1)} KB gzip, points ${JSON.stringify(points)}`);
}

await main();

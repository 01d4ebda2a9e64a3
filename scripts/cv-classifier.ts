/**
 * npx tsx scripts/cv-classifier.ts ['{"naiveBayes":{"alpha":1}}' ...]
 * k-fold cross-validation of training configs on GoEmotions train.tsv ONLY (dev stays for
 * thresholds), so hyper-parameters are not tuned on the numbers we report. Prints, per
 * config, the best-threshold F1 of the model alone on pooled out-of-fold logits per class.
 * Each argument is a JSON patch over the shipped CONFIG; no argument: the shipped CONFIG.
 */
import { encode, predictLogits, quantise, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { dataDir, findData, loadSplit, MODEL_CLASSES, type Example } from '@/scripts/lib-goemotions';
import { CONFIG } from '@/scripts/train-config';

const FOLDS = 5;
// Scored with the weights quantised as shipped (QUANT_LEVELS=0 for float weights).
const QUANT_LEVELS = process.env.QUANT_LEVELS === undefined ? undefined : Number(process.env.QUANT_LEVELS);

export function bestF1(scores: number[], gold: number[]): number {
  const order = scores.map((s, i) => [s, gold[i]!] as const).sort((a, b) => b[0] - a[0]);
  const positives = gold.reduce((a, b) => a + b, 0);
  let tp = 0;
  let best = 0;
  order.forEach(([, label], i) => {
    tp += label;
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best) best = f1;
  });
  return best;
}

/** Out-of-fold logits for every train row (fold = row index mod FOLDS, so it is deterministic). */
export function crossValidate(rows: Example[], config: TrainConfig): number[][] {
  const logits: number[][] = new Array(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = rows.map((_, i) => i % FOLDS === fold);
    const model = fit(
      encode(
        rows.filter((_, i) => !inFold[i]),
        config,
      ),
      config,
      MODEL_CLASSES.length,
    );
    const levels = QUANT_LEVELS ?? config.levels;
    if (levels > 0) {
      const { scales, bytes } = quantise(model.weights, MODEL_CLASSES.length, levels);
      bytes.forEach((level, i) => (model.weights[i] = level * scales[i % MODEL_CLASSES.length]!));
    }
    const heldIndex = rows.flatMap((_, i) => (inFold[i] ? [i] : []));
    const held = encode(
      heldIndex.map((i) => rows[i]!),
      config,
    );
    heldIndex.forEach((rowIndex, k) => (logits[rowIndex] = predictLogits(model, held, k)));
  }
  return logits;
}

function main() {
  const trainFile = findData('train.tsv');
  if (!trainFile) {
    console.log(`skipped: data not found at ${dataDir}`);
    return;
  }
  const rows = loadSplit(trainFile);
  const patches = process.argv.slice(2);
  for (const patch of patches.length ? patches : ['{}']) {
    const config = { ...CONFIG, ...(JSON.parse(patch) as Partial<TrainConfig>) };
    const started = performance.now();
    const logits = crossValidate(rows, config);
    const f1s = MODEL_CLASSES.map((_, c) =>
      bestF1(
        logits.map((l) => l[c]!),
        rows.map((r) => r.labels[c]!),
      ),
    );
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    const cells = MODEL_CLASSES.map((id, c) => `${id} ${f1s[c]!.toFixed(3)}`).join('  ');
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`${cells}  mean ${mean.toFixed(3)}  (${seconds}s) ${patch}`);
  }
}

if (process.argv[1]?.endsWith('cv-classifier.ts')) main();

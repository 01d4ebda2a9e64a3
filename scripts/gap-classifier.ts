/**
 * CV_QUICK=1 npx tsx scripts/gap-classifier.ts ['{"supportWeight":0}' ...]
 * Where the mood model loses to plain TF-IDF + logistic regression (baseline-tfidf.ts), on
 * the same held-out Reddit rows of the training data (fold 0 of 5; never dev): per class,
 * the best F1 any threshold reaches for the baseline, for the model's logits alone, and for
 * the shipped path (model + cues + intensity) at points chosen as train-classifier chooses
 * them (with support upset P/R on the fold's support rows, what the support language gets).
 * The first two compare rankings, the last two what the cues and points add or cost.
 */
import { MODEL_SIGNALS, runModel } from '@/lib/classify/model';
import type { TrainConfig } from '@/scripts/classifier-training';
import { bestCut, DEFAULTS, fitClass, logits, vectoriser } from '@/scripts/baseline-tfidf';
import { count, prf, type Example } from '@/scripts/lib-goemotions';
import { FOLDS, foldModels, settlePoints, summarise } from '@/scripts/out-of-fold';
import { CONFIG } from '@/scripts/train-config';
import { trainingRows } from '@/scripts/training-rows';

const bestF1 = (scores: number[], gold: number[]) =>
  prf(
    count(
      scores.map((s) => s >= bestCut(scores, gold)),
      gold,
    ),
  ).f1;

function baselineF1(fitRows: Example[], held: Example[]): number[] {
  const vectorise = vectoriser(fitRows, DEFAULTS);
  const x = vectorise(fitRows);
  const heldX = vectorise(held);
  return MODEL_SIGNALS.map((_, c) =>
    bestF1(
      logits(
        heldX,
        fitClass(
          x,
          fitRows.map((r) => r.labels[c]!),
          DEFAULTS.C,
        ),
      ),
      held.map((r) => r.labels[c]!),
    ),
  );
}

function main() {
  const patches = process.argv.slice(2);
  let baseline: number[] | undefined;
  for (const patch of patches.length ? patches : ['{}']) {
    const config: TrainConfig = { ...CONFIG, ...(JSON.parse(patch) as Partial<TrainConfig>) };
    const data = trainingRows(config);
    if (!data) return console.log('skipped: GoEmotions not found');
    const reddit = data.rows.filter((_, i) => !data.support[i]);
    const fitReddit = reddit.filter((_, i) => i % FOLDS !== 0);
    const heldReddit = reddit.filter((_, i) => i % FOLDS === 0);
    baseline ??= baselineF1(fitReddit, heldReddit);
    const models = foldModels(data.rows, config);
    const alone = MODEL_SIGNALS.map((_, c) =>
      bestF1(
        heldReddit.map((r) => runModel(models[0]!, r.text).logits[c]!),
        heldReddit.map((r) => r.labels[c]!),
      ),
    );
    const held = settlePoints(data.rows, data.support, models, config);
    const { classes, upset } = summarise(held.parts, held.rows, held.support, held.points);
    const line = (name: string, f1s: number[]) =>
      `${name.padEnd(9)} ${MODEL_SIGNALS.map((id, c) => `${id.slice(0, 5)} ${f1s[c]!.toFixed(3)}`).join(' ')}`;
    console.log(patch);
    console.log(line('baseline', baseline));
    console.log(line('model', alone));
    console.log(
      line(
        'shipped',
        MODEL_SIGNALS.map((id) => classes[id]!.f1),
      ) + ` | support upset P ${upset.p.toFixed(3)} R ${upset.r.toFixed(3)}`,
    );
  }
}

main();

/**
 * CV_QUICK-style: [CV_SUPPORT_CACHE=<file>] [LOSSES_SUPPORT_ONLY=1] npx tsx scripts/cv-mood-losses.ts [cue ids...]
 * Where GoEmotions F1 is lost between the model and the shipped score, on fold 0 of the training
 * rows (row index mod 5; no dev split is read): the support-tuned model (CONFIG) and the casual
 * weights (CASUAL_CONFIG) are trained without fold 0, and the fold-0 rows are scored by each with
 * every cue, with all cues off, and with one cue off at a time (points chosen again on the Reddit
 * rows for each variant, as train-classifier chooses them). Prints "Reddit F1 frustration/confusion/
 * gratitude/sadness | support upset P/R | support thanks P/R" per variant. CV_SUPPORT_CACHE reuses the
 * fold's support model (out-of-fold.ts foldZeroModel); LOSSES_SUPPORT_ONLY skips the casual weights.
 */
import { MODEL_SIGNALS, type LinearModel } from '@/lib/classify/model';
import { MOOD_CUES, type MoodCue } from '@/lib/classify/cues';
import { dataDir, type Example } from '@/scripts/lib-goemotions';
import { FOLDS, foldZeroModel, settlePoints, summarise, trainModel } from '@/scripts/out-of-fold';
import { CASUAL_CONFIG, CONFIG } from '@/scripts/train-config';
import type { TrainConfig } from '@/scripts/classifier-training';
import { trainingRows } from '@/scripts/training-rows';

const inFold = (i: number) => i % FOLDS === 0;
const cues = MOOD_CUES as MoodCue[];
const all = [...cues];

function withCues(keep: (cue: MoodCue) => boolean, run: () => void) {
  cues.splice(0, cues.length, ...all.filter(keep));
  try {
    run();
  } finally {
    cues.splice(0, cues.length, ...all);
  }
}

function line(name: string, rows: Example[], support: boolean[], model: LinearModel, config: TrainConfig) {
  const settled = settlePoints(rows, support, [model], config);
  const {
    classes,
    upset,
    supportGratitude: thanks,
  } = summarise(settled.parts, settled.rows, settled.support, settled.points);
  const f1 = MODEL_SIGNALS.map((id) => classes[id]!.f1.toFixed(3)).join('/');
  console.log(
    `${name.padEnd(28)} ${f1} | upset ${upset.p.toFixed(3)}/${upset.r.toFixed(3)} | thanks ${thanks.p.toFixed(3)}/${thanks.r.toFixed(3)}`,
  );
}

function main() {
  const data = trainingRows(CONFIG);
  if (!data) {
    console.log(`skipped: data not found at ${dataDir}`);
    return;
  }
  const { rows, support } = data;
  const main = foldZeroModel(rows, CONFIG);
  const reddit = rows.filter((_, i) => !support[i]);
  const casual = () =>
    trainModel(
      reddit.filter((_, i) => !inFold(i)),
      CASUAL_CONFIG,
    );
  const only = process.argv.slice(2);
  const weightSets: Array<readonly [string, LinearModel, TrainConfig]> = [['support', main, CONFIG]];
  if (!process.env.LOSSES_SUPPORT_ONLY) weightSets.push(['casual', casual(), CASUAL_CONFIG]);
  for (const [label, model, config] of weightSets) {
    line(`${label}: shipped path`, rows, support, model, config);
    withCues(
      () => false,
      () => line(`${label}: no cues`, rows, support, model, config),
    );
    for (const cue of all) {
      if (label === 'casual' || (only.length ? !only.includes(cue.id) : cue.id.startsWith('urgency'))) continue;
      withCues(
        (c) => c !== cue,
        () => line(`${label}: -${cue.id}`, rows, support, model, config),
      );
    }
  }
}

main();

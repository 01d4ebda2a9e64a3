/**
 * CV_QUICK=1 npx tsx scripts/cv-register-gate.ts ['{"supportLeak":0.03}']
 * The gated scorer measured on fold 0 of the training rows (row index mod 5, as
 * cv-classifier's quick fold): the support-tuned model (CONFIG), the casual-talk weights
 * (CASUAL_CONFIG) and the register gate are each trained without fold 0, and every fold-0 row
 * is scored by the weights its gate reading picks, at each model's own operating points. Prints
 * "Reddit F1 | frustration confident P/R | support upset P/R | support thanks P/R" for the
 * support weights alone, the casual weights alone and the gated path. No dev split is read.
 */
import { gzipSync } from 'node:zlib';
import { CONFIDENT_SCORE, HINT_SCORE } from '@/lib/classify/calibration';
import { MODEL_SIGNALS, type LinearModel } from '@/lib/classify/model';
import type { TrainConfig } from '@/scripts/classifier-training';
import { casualModel, fitCasualDelta } from '@/scripts/casual-delta';
import { gateFeatures } from '@/lib/classify/register-gate';
import { hasSupportPhrase } from '@/lib/classify/casual-register';
import { scoreText } from '@/lib/classify/score-message';
import { tokenize } from '@/lib/classify/tokenize';
import { count, dataDir, prf, type Example } from '@/scripts/lib-goemotions';
import { FOLDS, foldZeroModel, trainModel, settlePoints } from '@/scripts/out-of-fold';
import * as gates from '@/scripts/register-gate-training';
import { CASUAL_CONFIG, CONFIG } from '@/scripts/train-config';
import { trainingRows } from '@/scripts/training-rows';

const inFold = (i: number) => i % FOLDS === 0;

type Scores = ReturnType<typeof scoreText>['scores'];

function report(name: string, rows: Example[], support: boolean[], scores: Scores[]) {
  const at = (ids: number[], level: number, signal: (i: number) => boolean, gold: (i: number) => number) =>
    prf(
      count(
        ids.map((i) => signal(i)),
        ids.map(gold),
      ),
    );
  const reddit = rows.flatMap((_, i) => (support[i] ? [] : [i]));
  const desk = rows.flatMap((_, i) => (support[i] ? [i] : []));
  const f1 = MODEL_SIGNALS.map((id, c) =>
    at(
      reddit,
      HINT_SCORE,
      (i) => scores[i]![id] >= HINT_SCORE,
      (i) => rows[i]!.labels[c]!,
    ).f1.toFixed(3),
  ).join('/');
  const sure = at(
    reddit,
    CONFIDENT_SCORE,
    (i) => scores[i]!.frustration >= CONFIDENT_SCORE,
    (i) => rows[i]!.labels[0]!,
  );
  const upset = at(
    desk,
    HINT_SCORE,
    (i) => scores[i]!.frustration >= HINT_SCORE || scores[i]!.sadness >= HINT_SCORE,
    (i) => (rows[i]!.labels[0]! || rows[i]!.labels[3]! ? 1 : 0),
  );
  const thanks = at(
    desk,
    HINT_SCORE,
    (i) => scores[i]!.gratitude >= HINT_SCORE,
    (i) => rows[i]!.labels[2]!,
  );
  const r3 = (v: number) => v.toFixed(3);
  console.log(
    `${name}: ${f1} | frust conf P ${r3(sure.p)} R ${r3(sure.r)} | upset P ${r3(upset.p)} R ${r3(upset.r)} | thanks P ${r3(thanks.p)} R ${r3(thanks.r)}`,
  );
}

function main() {
  const data = trainingRows(CONFIG);
  const gating = gates.gateRows();
  if (!data || !gating) {
    console.log(`skipped: data not found at ${dataDir}`);
    return;
  }
  const { rows, support } = data;
  // CV_SUPPORT_CACHE=<file>: the fold's support model is kept there between runs (it does not change
  // with the casual weights or the gate being compared).
  const main = foldZeroModel(rows, CONFIG);
  const mainPoints = settlePoints(rows, support, [main], CONFIG).points;
  const reddit = rows.filter((_, i) => !support[i]);
  const held = rows.flatMap((_, i) => (inFold(i) ? [i] : []));
  const heldRows = held.map((i) => rows[i]!);
  const heldSupport = held.map((i) => support[i]!);
  const bySupport = heldRows.map((row) => scoreText(row.text, main, mainPoints).scores);
  report('support weights', heldRows, heldSupport, bySupport);
  // CASUAL_DELTA='[{...}, ...]': the casual weights as deltas on the support weights (casual-delta.ts),
  // one per CASUAL_CONFIG patch, each reported alone and through the gate; unset: CASUAL_CONFIG alone.
  const deltas = JSON.parse(process.env.CASUAL_DELTA ?? 'null') as Array<Partial<TrainConfig>> | null;
  const variants = (deltas ?? [null]).map((patch) => {
    const config = { ...CASUAL_CONFIG, ...patch };
    const train = reddit.filter((_, i) => !inFold(i));
    let casual: LinearModel;
    if (patch) {
      const delta = fitCasualDelta(train, main, config);
      casual = casualModel(main, delta);
      const coded = gzipSync(JSON.stringify(delta), { level: 9 }).length;
      console.log(`delta ${JSON.stringify(patch)}: ${coded} B gzip`);
    } else casual = trainModel(train, config);
    const casualPoints = settlePoints(
      reddit,
      reddit.map(() => false),
      [casual],
      config,
    ).points;
    const scores = heldRows.map((row) => scoreText(row.text, casual, casualPoints).scores);
    report(`casual weights ${patch ? JSON.stringify(patch) : ''}`, heldRows, heldSupport, scores);
    return scores;
  });

  for (const patch of process.argv.length > 2 ? process.argv.slice(2) : ['{}']) {
    const settings = { ...gates.GATE_SETTINGS, ...(JSON.parse(patch) as Partial<gates.GateSettings>) };
    // The gate's rows list the same GoEmotions and support rows in the same order first, so
    // "index mod 5" is the same fold in both.
    const features = gates.encodeGateRows(gating, settings.buckets);
    const train = gating.flatMap((_, i) => (inFold(i) ? [] : [i]));
    const gate = gates.quantiseGate(
      gates.fitGate(
        train.map((i) => features[i]!),
        train.map((i) => gating[i]!),
        settings,
      ),
      settings,
      0,
    );
    const deskLogits = gating.flatMap((r, i) => (inFold(i) && !r.casual ? [gates.scoreGate(gate, features[i]!)] : []));
    gate.threshold = gates.thresholdFor(deskLogits, settings.supportLeak);
    const logits = heldRows.map((row) =>
      gates.scoreGate(gate, gateFeatures(row.text, tokenize(row.text), settings.buckets)),
    );
    const routed = logits.map((z, k) => z >= gate.threshold && !hasSupportPhrase(heldRows[k]!.text));
    const share = (flag: boolean) =>
      (routed.filter((r, k) => r && heldSupport[k] === flag).length / heldSupport.filter((s) => s === flag).length) *
      100;
    console.log(
      `gate ${patch}: threshold ${gate.threshold.toFixed(3)} routes ${share(false).toFixed(1)} % of Reddit, ${share(true).toFixed(2)} % of support rows`,
    );
    for (const byCasual of variants) {
      report(
        '  hard',
        heldRows,
        heldSupport,
        routed.map((r, k) => (r ? byCasual[k]! : bySupport[k]!)),
      );
    }
  }
}

main();

/**
 * Out-of-fold scoring of the training rows through the SHIPPED path (quantised model +
 * cues, score-message.ts): the operating points are chosen on these scores, and variants
 * are compared on them (cv-classifier.ts), so neither GoEmotions dev.tsv nor the support
 * corpus's dev split is ever tuned on. Fold = row index mod FOLDS: deterministic.
 */
import { calibrate, CONFIDENT_SCORE, HINT_SCORE, type OperatingPoints } from '@/lib/classify/calibration';
import { MODEL_SIGNALS, unpackModel, type LinearModel, type ModelSignal } from '@/lib/classify/model';
import { moodLogits } from '@/lib/classify/score-message';
import { encode, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { count, prf, round3, type Example } from '@/scripts/lib-goemotions';
import { choosePoints } from '@/scripts/operating-points';
import { pack } from '@/scripts/pack-model';

export const FOLDS = 5;
/** CV_QUICK=1 (cv-classifier only): train and score fold 0 alone, 5x faster, for a first sort of variants. */
const FOLDS_USED = process.env.CV_QUICK ? 1 : FOLDS;
const FRUSTRATION = MODEL_SIGNALS.indexOf('frustration');
const SADNESS = MODEL_SIGNALS.indexOf('sadness');

export type Points = Record<ModelSignal, OperatingPoints>;
export type Parts = ReturnType<typeof moodLogits>;

export function trainModel(rows: Example[], config: TrainConfig): LinearModel {
  return unpackModel(pack(fit(encode(rows, config), config, MODEL_SIGNALS.length), config));
}

export function foldModels(rows: Example[], config: TrainConfig): LinearModel[] {
  return Array.from({ length: FOLDS_USED }, (_, fold) =>
    trainModel(
      rows.filter((_, i) => i % FOLDS !== fold),
      config,
    ),
  );
}

/** Rows whose fold has a model (all of them unless CV_QUICK), with that model. */
export function heldOut(rows: Example[], models: LinearModel[]): Array<{ index: number; model: LinearModel }> {
  return rows.flatMap((_, index) => {
    const model = models[index % FOLDS];
    return model ? [{ index, model }] : [];
  });
}

function scoreRows(rows: Example[], held: ReturnType<typeof heldOut>, points: Points): Parts[] {
  return held.map(({ index, model }) => moodLogits(rows[index]!.text, model, points));
}

export function pickPoints(parts: Parts[], rows: Example[]): Points {
  const pick = (id: ModelSignal, c: number) =>
    choosePoints(
      parts.map((p) => p.logits[id]),
      rows.map((r) => r.labels[c]!),
      { floors: parts.map((p) => p.floors[id]), ceilings: parts.map((p) => p.ceilings[id]) },
    );
  return Object.fromEntries(MODEL_SIGNALS.map((id, c) => [id, pick(id, c)])) as Points;
}

/**
 * Cue floors change with the points (score-message.ts), so pick, rescore, pick again.
 * Returns the points and the held-out rows (with their domain flags) and their scores.
 */
export function settlePoints(all: Example[], allSupport: boolean[], models: LinearModel[]) {
  const held = heldOut(all, models);
  const rows = held.map(({ index }) => all[index]!);
  const support = held.map(({ index }) => allSupport[index]!);
  const start = Object.fromEntries(MODEL_SIGNALS.map((id) => [id, { hint: 0, confident: 2 }])) as Points;
  const first = pickPoints(scoreRows(all, held, start), rows);
  const points = pickPoints(scoreRows(all, held, first), rows);
  return { points, parts: scoreRows(all, held, points), rows, support };
}

function scoreOf(part: Parts, id: ModelSignal, points: Points): number {
  return Math.min(part.ceilings[id], Math.max(part.floors[id], calibrate(part.logits[id], points[id])));
}

/** Out-of-fold figures: per-class F1 on the Reddit rows, "upset" on the support rows. */
export function summarise(parts: Parts[], rows: Example[], support: boolean[], points: Points) {
  const classes: Record<string, { f1: number; confidentR: number; confidentP: number }> = {};
  const reddit = rows.flatMap((_, i) => (support[i] ? [] : [i]));
  MODEL_SIGNALS.forEach((id, c) => {
    const gold = reddit.map((i) => rows[i]!.labels[c]!);
    const scores = reddit.map((i) => scoreOf(parts[i]!, id, points));
    const hint = prf(
      count(
        scores.map((s) => s >= HINT_SCORE),
        gold,
      ),
    );
    const sure = prf(
      count(
        scores.map((s) => s >= CONFIDENT_SCORE),
        gold,
      ),
    );
    classes[id] = { f1: round3(hint.f1), confidentP: round3(sure.p), confidentR: round3(sure.r) };
  });
  const desk = rows.flatMap((_, i) => (support[i] ? [i] : []));
  const upsetAt = (level: number) =>
    prf(
      count(
        desk.map((i) => scoreOf(parts[i]!, 'frustration', points) >= level || scoreOf(parts[i]!, 'sadness', points) >= level),
        desk.map((i) => (rows[i]!.labels[FRUSTRATION]! || rows[i]!.labels[SADNESS]! ? 1 : 0)),
      ),
    );
  const hint = upsetAt(HINT_SCORE);
  const sure = upsetAt(CONFIDENT_SCORE);
  const upset = { p: round3(hint.p), r: round3(hint.r), confidentP: round3(sure.p), confidentR: round3(sure.r) };
  return { classes, upset };
}

/**
 * Out-of-fold scoring of the training rows through the SHIPPED path (quantised model +
 * cues, score-message.ts): the operating points are chosen on these scores, and variants
 * are compared on them (cv-classifier.ts), so neither GoEmotions dev.tsv nor the support
 * corpus's dev split is ever tuned on. Fold = row index mod FOLDS: deterministic.
 */
import { calibrate, CONFIDENT_SCORE, HINT_SCORE, type OperatingPoints } from '@/lib/classify/calibration';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MODEL_SIGNALS, unpackModel, type LinearModel, type ModelSignal, type PackedModel } from '@/lib/classify/model';
import { moodLogits } from '@/lib/classify/score-message';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { count, prf, round3, type Example } from '@/scripts/lib-goemotions';
import { choosePoints } from '@/scripts/operating-points';
import { pack } from '@/scripts/pack-model';

export const FOLDS = 5;
/** CV_QUICK=1 (cv-classifier only): train and score fold 0 alone, 5x faster, for a first sort of variants. */
const FOLDS_USED = process.env.CV_QUICK ? 1 : FOLDS;
const FRUSTRATION = MODEL_SIGNALS.indexOf('frustration');
const SADNESS = MODEL_SIGNALS.indexOf('sadness');
const GRATITUDE = MODEL_SIGNALS.indexOf('gratitude');

export type Points = Record<ModelSignal, OperatingPoints>;
export type Parts = ReturnType<typeof moodLogits>;

export function trainModel(rows: Example[], config: TrainConfig): LinearModel {
  return unpackModel(pack(fitModel(rows, config, MODEL_SIGNALS.length, fit), config));
}

/**
 * The model fitted without fold 0, packed as shipped. CV_SUPPORT_CACHE=<file> keeps it between
 * runs (train-casual-weights, cv-support-points, cv-register-gate): read when the file exists,
 * written when it does not.
 */
export function foldZeroModel(rows: Example[], config: TrainConfig): LinearModel {
  const cache = process.env.CV_SUPPORT_CACHE;
  if (cache && existsSync(cache)) return unpackModel(JSON.parse(readFileSync(cache, 'utf8')) as PackedModel);
  const packed = pack(
    fitModel(
      rows.filter((_, i) => i % FOLDS !== 0),
      config,
      MODEL_SIGNALS.length,
      fit,
    ),
    config,
  );
  if (cache) writeFileSync(cache, JSON.stringify(packed));
  return unpackModel(packed);
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
export function settlePoints(all: Example[], allSupport: boolean[], models: LinearModel[], config: TrainConfig) {
  const held = heldOut(all, models);
  const rows = held.map(({ index }) => all[index]!);
  const support = held.map(({ index }) => allSupport[index]!);
  const start = Object.fromEntries(MODEL_SIGNALS.map((id) => [id, { hint: 0, confident: 2 }])) as Points;
  // Which rows the points are chosen on (train-config.ts): all held-out rows, or the Reddit ones only.
  const chooser = held.flatMap((_, k) => (config.pointsOn === 'reddit' && support[k] ? [] : [k]));
  const choose = (parts: Parts[]) =>
    pickPoints(
      chooser.map((k) => parts[k]!),
      chooser.map((k) => rows[k]!),
    );
  const first = choose(scoreRows(all, held, start));
  const chosen = choose(scoreRows(all, held, first));
  const points = config.upsetPrecision
    ? raiseForPrecision(chosen, scoreRows(all, held, chosen), rows, support, config.upsetPrecision)
    : chosen;
  return { points, parts: scoreRows(all, held, points), rows, support };
}

const UPSET_SIGNALS = ['frustration', 'sadness'] as const;
const STEP = 0.05;
const MAX_RAISE = 4;

/**
 * Raises the frustration and sadness hint points together, by the least that makes "upset"
 * precise enough on the support rows: the Reddit-best points flag too many calm customer
 * messages (train-config.ts). A row a cue floors at the hint stays flagged whatever the point.
 */
function raiseForPrecision(
  points: Points,
  parts: Parts[],
  rows: Example[],
  support: boolean[],
  target: number,
): Points {
  const desk = rows.flatMap((_, k) => (support[k] ? [k] : []));
  const gold = desk.map((k) => (rows[k]!.labels[FRUSTRATION]! || rows[k]!.labels[SADNESS]! ? 1 : 0));
  for (let raise = 0; raise <= MAX_RAISE; raise += STEP) {
    const flagged = desk.map((k) =>
      UPSET_SIGNALS.some((id) => {
        const part = parts[k]!;
        if (part.ceilings[id] < HINT_SCORE) return false;
        return part.floors[id] >= HINT_SCORE || part.logits[id] >= points[id].hint + raise;
      }),
    );
    if (prf(count(flagged, gold)).p < target) continue;
    const raised = { ...points };
    for (const id of UPSET_SIGNALS) {
      const hint = Number((points[id].hint + raise).toFixed(4));
      raised[id] = { hint, confident: Math.max(points[id].confident, Number((hint + 0.05).toFixed(4))) };
    }
    return raised;
  }
  return points;
}

function scoreOf(part: Parts, id: ModelSignal, points: Points): number {
  return Math.min(part.ceilings[id], Math.max(part.floors[id], calibrate(part.logits[id], points[id])));
}

/** Out-of-fold figures: per-class F1 on the Reddit rows, "upset" and gratitude on the support rows. */
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
        desk.map(
          (i) => scoreOf(parts[i]!, 'frustration', points) >= level || scoreOf(parts[i]!, 'sadness', points) >= level,
        ),
        desk.map((i) => (rows[i]!.labels[FRUSTRATION]! || rows[i]!.labels[SADNESS]! ? 1 : 0)),
      ),
    );
  const hint = upsetAt(HINT_SCORE);
  const sure = upsetAt(CONFIDENT_SCORE);
  const upset = { p: round3(hint.p), r: round3(hint.r), confidentP: round3(sure.p), confidentR: round3(sure.r) };
  // A customer's thanks is what the sidebar offers to save as a win: its misses cost the agent a win.
  const thanks = prf(
    count(
      desk.map((i) => scoreOf(parts[i]!, 'gratitude', points) >= HINT_SCORE),
      desk.map((i) => rows[i]!.labels[GRATITUDE]!),
    ),
  );
  return { classes, upset, supportGratitude: { p: round3(thanks.p), r: round3(thanks.r) } };
}

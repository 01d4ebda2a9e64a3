/**
 * The casual-talk weights as a delta on the support weights (train-config.ts, eleventh pass): the
 * support model's logits on each GoEmotions row (words plus learned cue pushes, as apply-cues.ts
 * adds them) are the fit's starting point, and the elastic net learns only what casual talk needs
 * added, so its L1 keeps the delta small enough to ship beside the support weights.
 */
import { cueMatches } from '@/lib/classify/apply-cues';
import { MOOD_CUES } from '@/lib/classify/cues';
import {
  addModels,
  MODEL_SIGNALS,
  runModel,
  unpackModel,
  type LinearModel,
  type ModelSignal,
  type PackedModel,
} from '@/lib/classify/model';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';
import { pack } from '@/scripts/pack-model';

/** The support model's logit per class before floors, ceilings and intensity. */
export function supportLogits(model: LinearModel, text: string): number[] {
  const logits = runModel(model, text).logits;
  for (const cue of MOOD_CUES) {
    const pushes = model.cues?.[cue.id];
    if (pushes && cueMatches(cue, text)) pushes.forEach((push, c) => (logits[c]! += push));
  }
  return logits;
}

/**
 * Fits the delta on `rows` (GoEmotions only) on top of `support`; returns it packed. Classes not in
 * `only` get no delta at all (weights, bias and cue pushes 0), so casual talk scores them exactly as
 * the support weights do.
 */
export function fitCasualDelta(
  rows: Example[],
  support: LinearModel,
  config: TrainConfig,
  only: readonly ModelSignal[] = MODEL_SIGNALS,
): PackedModel {
  const based = rows.map((row) => ({ ...row, base: supportLogits(support, row.text) }));
  const delta = fitModel(based, config, MODEL_SIGNALS.length, fit);
  const kept = MODEL_SIGNALS.map((id) => only.includes(id));
  const classes = MODEL_SIGNALS.length;
  delta.weights.forEach((_, i) => {
    if (!kept[i % classes]) delta.weights[i] = 0;
  });
  delta.bias.forEach((_, c) => {
    if (!kept[c]) delta.bias[c] = 0;
  });
  for (const pushes of Object.values(delta.cues ?? {})) pushes.forEach((_, c) => !kept[c] && (pushes[c] = 0));
  return pack(delta, config);
}

/** The casual weights as scored: support plus the delta. */
export function casualModel(support: LinearModel, delta: PackedModel): LinearModel {
  return addModels(support, unpackModel(delta));
}

/**
 * The casual weights' operating points, chosen for the gated path as a whole (train-config.ts,
 * eleventh pass): the Reddit rows the gate leaves on the support weights keep the support
 * path's verdicts (counted as decided, as choosePoints counts a floored row), and the cut is
 * searched over the rows the gate routes. Points chosen on all Reddit rows for each weight set
 * alone cost the gated path gratitude (.906 alone -> .901 gated on cv-register-gate's fold).
 */
import { calibrate, type OperatingPoints } from '@/lib/classify/calibration';
import { hasSupportPhrase } from '@/lib/classify/casual-register';
import { MODEL_SIGNALS, type LinearModel, type ModelSignal } from '@/lib/classify/model';
import { readsAsCasualTalk } from '@/lib/classify/register-gate';
import { REGISTER_GATE } from '@/lib/classify/register-gate.generated';
import { moodLogits } from '@/lib/classify/score-message';
import { tokenize } from '@/lib/classify/tokenize';
import type { Example } from '@/scripts/lib-goemotions';
import { choosePoints } from '@/scripts/operating-points';

type Points = Record<ModelSignal, OperatingPoints>;
type Parts = ReturnType<typeof moodLogits>;

/** What casual-register.ts routes to the casual weights. */
export const routesCasual = (text: string) =>
  readsAsCasualTalk(REGISTER_GATE, text, tokenize(text)) && !hasSupportPhrase(text);

/** 0..1 scores of one scored message at `points`, as scoreText computes them. */
export function scoresOf(part: Parts, points: Points): Record<ModelSignal, number> {
  return Object.fromEntries(
    MODEL_SIGNALS.map((id) => [
      id,
      Math.min(part.ceilings[id], Math.max(part.floors[id], calibrate(part.logits[id], points[id]))),
    ]),
  ) as Record<ModelSignal, number>;
}

/**
 * Points for the casual weights: unrouted rows enter the search with their support score as both
 * floor and ceiling, so they count at whatever level the support path gives them. Floors move
 * with the points (score-message.ts), so the routed rows are scored, picked, scored and picked again.
 */
export function jointPoints(
  casual: LinearModel,
  rows: Example[],
  routed: boolean[],
  supportScores: Array<Record<ModelSignal, number>>,
  first: Parts[],
): Points {
  const pick = (parts: Parts[]) =>
    Object.fromEntries(
      MODEL_SIGNALS.map((id, c) => {
        const fixed = (k: number) => supportScores[k]![id];
        return [
          id,
          choosePoints(
            parts.map((p) => p.logits[id]),
            rows.map((r) => r.labels[c]!),
            {
              floors: parts.map((p, k) => (routed[k] ? p.floors[id] : fixed(k))),
              ceilings: parts.map((p, k) => (routed[k] ? p.ceilings[id] : fixed(k))),
            },
          ),
        ];
      }),
    ) as Points;
  const once = pick(first);
  return pick(rows.map((row) => moodLogits(row.text, casual, once)));
}

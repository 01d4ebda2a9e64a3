/**
 * Scores ONE customer message: model logits + phrase rules + intensity, mapped onto the
 * shared 0..1 scale, with the spans that weighed most. classifyMood and the dev-set
 * evaluation (scripts/eval-emotions.ts) both go through here.
 */
import { MOOD_SIGNALS, type MoodSignalId, type Span } from '../engine/types';
import { calibrate, type OperatingPoints } from './calibration';
import { prepareText } from './guard';
import { findIntensity } from './intensity';
import { MODEL_SIGNALS, runModel, unpackModel, type LinearModel } from './model';
import { OPERATING_POINTS, PACKED_MODEL } from './model-weights.generated';
import { MOOD_RULES } from './rules';

export interface WeightedSpan extends Span {
  text: string;
  /** Logit added by this span; evidence is ranked by it. */
  weight: number;
}

export interface MessageScore {
  logits: Record<MoodSignalId, number>;
  scores: Record<MoodSignalId, number>;
  evidence: Record<MoodSignalId, WeightedSpan[]>;
}

/** Urgency is rules only: a quiet prior, and thresholds matching the weights in rules/urgency.ts. */
const URGENCY_PRIOR = -3;
const URGENCY_POINTS: OperatingPoints = { hint: -1, confident: 1 };
// Tokens must push a class at least this much (in logit) to be shown as evidence.
const MIN_TOKEN_EVIDENCE = 0.25;
// A repeated cue counts, but less each time, so one long rant cannot saturate a signal.
const REPEAT_FACTOR = 0.3;
const MAX_REPEATS = 2;
// Intensity only amplifies a signal already within this distance of its hint point.
const AMPLIFY_WINDOW = 2;
const SHOUT_BOOST = 1.2;
const EXCLAIM_BOOST = 0.8;
const QUESTION_BOOST = 0.8;

const emptyRecord = <T>(make: () => T) =>
  Object.fromEntries(MOOD_SIGNALS.map((id) => [id, make()])) as Record<MoodSignalId, T>;

export function scoreText(
  text: string,
  model: LinearModel,
  points: Record<(typeof MODEL_SIGNALS)[number], OperatingPoints>,
): MessageScore {
  const logits = emptyRecord(() => 0);
  const evidence = emptyRecord<WeightedSpan[]>(() => []);
  const cite = (id: MoodSignalId, span: Span, weight: number) =>
    evidence[id].push({ ...span, text: text.slice(span.start, span.end), weight });

  const output = runModel(model, text);
  MODEL_SIGNALS.forEach((id, c) => {
    logits[id] = output.logits[c]!;
    output.contributions[c]!.forEach((weight, t) => {
      const token = output.tokens[t]!;
      if (weight >= MIN_TOKEN_EVIDENCE) cite(id, token, weight);
    });
  });
  logits.urgency = URGENCY_PRIOR;

  for (const rule of MOOD_RULES) {
    const matches = [...text.matchAll(rule.pattern)];
    if (matches.length === 0) continue;
    const times = 1 + REPEAT_FACTOR * Math.min(matches.length - 1, MAX_REPEATS);
    for (const [id, effect] of Object.entries(rule.effects) as Array<[MoodSignalId, number]>) {
      logits[id] += effect * times;
      if (effect <= 0) continue;
      for (const m of matches) cite(id, { start: m.index, end: m.index + m[0].length }, effect);
    }
  }

  const pointsOf = (id: MoodSignalId) => (id === 'urgency' ? URGENCY_POINTS : points[id]);
  const cues = findIntensity(text);
  const amplify = (id: MoodSignalId, spans: Span[], boost: number) => {
    if (spans.length === 0 || logits[id] < pointsOf(id).hint - AMPLIFY_WINDOW) return;
    logits[id] += boost;
    for (const span of spans) cite(id, span, boost);
  };
  amplify('frustration', cues.shouting, SHOUT_BOOST);
  amplify('frustration', cues.exclaiming, EXCLAIM_BOOST);
  amplify('urgency', cues.exclaiming, EXCLAIM_BOOST);
  amplify('confusion', cues.questioning, QUESTION_BOOST);

  const scores = emptyRecord(() => 0);
  for (const id of MOOD_SIGNALS) {
    scores[id] = calibrate(logits[id], pointsOf(id));
    evidence[id].sort((a, b) => b.weight - a.weight);
  }
  return { logits, scores, evidence };
}

let shippedModel: LinearModel | undefined;

/** Scores one message with the shipped model; offsets are into `message` itself. */
export function scoreMessage(message: string): MessageScore | null {
  const prepared = prepareText(message);
  if (!prepared) return null;
  shippedModel ??= unpackModel(PACKED_MODEL);
  const result = scoreText(prepared.text, shippedModel, OPERATING_POINTS);
  if (prepared.offset > 0) {
    for (const id of MOOD_SIGNALS) {
      for (const span of result.evidence[id]) {
        span.start += prepared.offset;
        span.end += prepared.offset;
      }
    }
  }
  return result;
}

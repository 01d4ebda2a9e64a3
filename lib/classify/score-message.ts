/**
 * Scores ONE customer message: model logits + phrase rules + intensity, mapped onto the
 * shared 0..1 scale, with the spans that weighed most. classifyMood and the dev-set
 * evaluation (scripts/eval-emotions.ts) both go through here.
 */
import { MOOD_SIGNALS, type MoodSignalId, type Span } from '../engine/types';
import { calibrate, logitFor, type OperatingPoints } from './calibration';
import { prepareText } from './guard';
import { findIntensity } from './intensity';
import { MODEL_SIGNALS, runModel, unpackModel, type LinearModel, type ModelSignal } from './model';
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
// Tokens must push a class at least this much (in logit), and be among the strongest, to be evidence.
const MIN_TOKEN_EVIDENCE = 0.4;
const RELATIVE_TOKEN_EVIDENCE = 0.35;
// Highlighting "the" or "for" explains nothing to an agent, whatever weight hashing gave it.
const FUNCTION_WORDS = new Set(
  'a an the at for of to in on by with from and or but so is are was be been it its this that these i me my we our you your he she they them their'.split(
    ' ',
  ),
);
// A repeated cue counts, but less each time, so one long rant cannot saturate a signal.
const REPEAT_FACTOR = 0.3;
const MAX_REPEATS = 2;

const SHOUT_BOOST = 1.2;
// Rule evidence ranks above most single tokens: a matched phrase explains more than a word.
const RULE_EVIDENCE_WEIGHT = 2;
// Score floor when two different rules raise the same signal: past the confident point.
const COMBINED_FLOOR = 0.85;
const EXCLAIM_BOOST = 0.8;
const QUESTION_BOOST = 0.8;

function emptyRecord<T>(make: () => T): Record<MoodSignalId, T> {
  return Object.fromEntries(MOOD_SIGNALS.map((id) => [id, make()])) as Record<MoodSignalId, T>;
}

type ModelPoints = Record<ModelSignal, OperatingPoints>;

function pointsOf(id: MoodSignalId, points: ModelPoints): OperatingPoints {
  return id === 'urgency' ? URGENCY_POINTS : points[id];
}

function cite(into: WeightedSpan[], text: string, start: number, end: number, weight: number): void {
  into.push({ start, end, text: text.slice(start, end), weight });
}

/**
 * Logits from the model, the phrase rules, then intensity; score floors from rules; evidence
 * for every push. Exported for the training script, which picks thresholds on these.
 */
export function moodLogits(text: string, model: LinearModel, points: ModelPoints) {
  const logits = emptyRecord(() => 0);
  const evidence = emptyRecord<WeightedSpan[]>(() => []);
  const output = runModel(model, text);
  for (let c = 0; c < MODEL_SIGNALS.length; c++) {
    const id = MODEL_SIGNALS[c]!;
    logits[id] = output.logits[c]!;
    const pushes = output.contributions[c]!;
    let strongest = 0;
    for (let t = 0; t < pushes.length; t++) strongest = Math.max(strongest, pushes[t]!);
    const bar = Math.max(MIN_TOKEN_EVIDENCE, strongest * RELATIVE_TOKEN_EVIDENCE);
    for (let t = 0; t < pushes.length; t++) {
      const token = output.tokens[t]!;
      if (pushes[t]! >= bar && !FUNCTION_WORDS.has(token.norm))
        cite(evidence[id], text, token.start, token.end, pushes[t]!);
    }
  }
  logits.urgency = URGENCY_PRIOR;

  const floors = emptyRecord(() => 0);
  const ceilings = emptyRecord(() => 1);
  const floorCues = emptyRecord(() => 0);
  // Intensity amplifies only what a phrase rule raised: on Reddit, capitals alone are as
  // often joy as anger, and amplifying the model's guesses crowded its high-precision end.
  const ruleRaised = new Set<MoodSignalId>();
  for (const rule of MOOD_RULES) {
    // A cheap test first (most rules miss); global regexes keep lastIndex, so reset it around it.
    rule.pattern.lastIndex = 0;
    const hit = rule.pattern.test(text);
    rule.pattern.lastIndex = 0;
    if (!hit) continue;
    const matches = [...text.matchAll(rule.pattern)];
    const times = 1 + REPEAT_FACTOR * Math.min(matches.length - 1, MAX_REPEATS);
    const raised = new Set<MoodSignalId>();
    for (const [id, effect] of Object.entries(rule.effects ?? {}) as Array<[MoodSignalId, number]>) {
      logits[id] += effect * times;
      if (effect > 0) raised.add(id);
    }
    for (const [id, floor] of Object.entries(rule.floors ?? {}) as Array<[MoodSignalId, number]>) {
      floors[id] = Math.max(floors[id], floor);
      floorCues[id] += matches.length;
      raised.add(id);
    }
    for (const [id, ceiling] of Object.entries(rule.ceilings ?? {}) as Array<[MoodSignalId, number]>) {
      ceilings[id] = Math.min(ceilings[id], ceiling);
    }
    for (const id of raised) {
      ruleRaised.add(id);
      const weight = Math.max(rule.effects?.[id] ?? 0, RULE_EVIDENCE_WEIGHT);
      for (const m of matches) cite(evidence[id], text, m.index, m.index + m[0].length, weight);
    }
  }

  // Two complaint cues together ("third time writing" + "charged twice") are a clear case.
  // A floor lifts the logit itself, so intensity can still make a floored complaint louder.
  for (const id of MOOD_SIGNALS) {
    if (floorCues[id] >= 2) floors[id] = Math.max(floors[id], COMBINED_FLOOR);
    if (floors[id] > 0) logits[id] = Math.max(logits[id], logitFor(floors[id], pointsOf(id, points)));
  }
  const cues = findIntensity(text);
  const amplifiers: Array<[MoodSignalId, Span[], number]> = [
    ['frustration', cues.shouting, SHOUT_BOOST],
    ['frustration', cues.exclaiming, EXCLAIM_BOOST],
    ['urgency', cues.exclaiming, EXCLAIM_BOOST],
    ['confusion', cues.questioning, QUESTION_BOOST],
  ];
  for (const [id, spans, boost] of amplifiers) {
    if (spans.length === 0 || !ruleRaised.has(id)) continue;
    logits[id] += boost;
    // A complaint written in capitals or with "!!!" is clear too.
    if (floors[id] > 0) floors[id] = Math.max(floors[id], COMBINED_FLOOR);
    for (const span of spans) cite(evidence[id], text, span.start, span.end, boost);
  }
  return { logits, evidence, floors, ceilings };
}

export function scoreText(text: string, model: LinearModel, points: ModelPoints): MessageScore {
  const { logits, evidence, floors, ceilings } = moodLogits(text, model, points);
  const scores = emptyRecord(() => 0);
  for (const id of MOOD_SIGNALS) {
    const calibrated = Math.max(floors[id], calibrate(logits[id], pointsOf(id, points)));
    scores[id] = Math.min(ceilings[id], calibrated);
    // A capped signal (sarcastic thanks) has nothing worth highlighting.
    if (calibrated > ceilings[id]) evidence[id] = [];
    evidence[id].sort((a, b) => b.weight - a.weight);
  }
  return { logits, scores, evidence };
}

let shippedModel: LinearModel | undefined;
// analyze() runs on every draft keystroke with the same customer messages: remember the last few.
const CACHE_SIZE = 16;
const cache = new Map<string, MessageScore | null>();

function scoreUncached(message: string): MessageScore | null {
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

/**
 * Scores one message with the shipped model; offsets are into `message` itself.
 * Null means "nothing to judge" (empty, binary-looking or mostly non-Latin text).
 * Results are shared between callers: treat them as read-only.
 */
export function scoreMessage(message: string): MessageScore | null {
  const cached = cache.get(message);
  if (cached !== undefined) return cached;
  const result = scoreUncached(message);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(message, result);
  return result;
}

/**
 * Scores ONE customer message: model logits + phrase rules + intensity, mapped onto the
 * shared 0..1 scale, with the spans that weighed most. classifyMood and the dev-set
 * evaluation (scripts/eval-emotions.ts) both go through here.
 */
import { MOOD_SIGNALS, type MoodSignalId, type Span } from '@/lib/engine/types';
import { calibrate, logitFor, type OperatingPoints } from '@/lib/classify/calibration';
import { prepareText } from '@/lib/classify/guard';
import { readsAsOtherLanguage } from '@/lib/classify/language';
import { tokenize } from '@/lib/classify/tokenize';
import { MAX_SCORED_MESSAGE_CHARS } from '@/lib/engine/limits';
import { findIntensity } from '@/lib/classify/intensity';
import { MODEL_SIGNALS, runModel, type LinearModel, type ModelSignal } from '@/lib/classify/model';
import { OPERATING_POINTS } from '@/lib/classify/model-weights.generated';
import { pickCasualWeights, type WeightsPicker } from '@/lib/classify/casual-register';
import { shippedWeights } from '@/lib/classify/shipped-weights';
import { applyCues } from '@/lib/classify/apply-cues';
import { cite, signalRecord, type WeightedSpan } from '@/lib/classify/signal-record';

export type { WeightedSpan } from '@/lib/classify/signal-record';

export interface MessageScore {
  logits: Record<MoodSignalId, number>;
  /** 0..1 per signal; 0.5 is the hint point and 0.8 the confident point (calibration.ts). */
  scores: Record<MoodSignalId, number>;
  /** Strongest first; offsets into the scored message. */
  evidence: Record<MoodSignalId, WeightedSpan[]>;
}

type ModelPoints = Record<ModelSignal, OperatingPoints>;

/** Urgency is rules only: a quiet prior, and thresholds matching the weights in cues/urgency-*.ts. */
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
// A word that reports someone else's words ("the help article says…") can weigh in the model, but
// shown alone it points at the wrong words: the confusion is in what follows (QA 2026-12-07, f-102-1).
const REPORTING_WORDS = new Set('say says said saying tell tells told write writes wrote'.split(' '));
// Score floor for a clear case: two complaint cues, or a complaint in capitals / with "!!!".
const COMBINED_FLOOR = 0.85;
const SHOUT_BOOST = 1.2;
// "!!" is everyday Reddit and chat; "!!!" (or shouting, whose spans are whole words) on a complaint is loud.
const LOUD_RUN = 3;
const EXCLAIM_BOOST = 0.8;
const QUESTION_BOOST = 0.8;

function pointsOf(id: MoodSignalId, points: ModelPoints): OperatingPoints {
  return id === 'urgency' ? URGENCY_POINTS : points[id];
}

function modelEvidence(text: string, model: LinearModel, logits: Record<MoodSignalId, number>) {
  const evidence = signalRecord<WeightedSpan[]>(() => []);
  const output = runModel(model, text);
  for (let c = 0; c < MODEL_SIGNALS.length; c++) {
    const id = MODEL_SIGNALS[c]!;
    logits[id] = output.logits[c]!;
    const width = output.tokens.length;
    const pushes = output.contributions.subarray(c * width, (c + 1) * width);
    let strongest = 0;
    for (let t = 0; t < width; t++) strongest = Math.max(strongest, pushes[t]!);
    const bar = Math.max(MIN_TOKEN_EVIDENCE, strongest * RELATIVE_TOKEN_EVIDENCE);
    for (let t = 0; t < width; t++) {
      const token = output.tokens[t]!;
      if (pushes[t]! < bar || FUNCTION_WORDS.has(token.norm) || REPORTING_WORDS.has(token.norm)) continue;
      cite(evidence[id], text, token.start, token.end, pushes[t]!, 'model');
    }
  }
  return evidence;
}

/**
 * Logits from the model, the phrase rules, then intensity; score floors and ceilings from
 * rules; evidence for every push. Exported for the training script, which picks thresholds on these.
 */
export function moodLogits(text: string, model: LinearModel, points: ModelPoints) {
  const logits = signalRecord(() => 0);
  const evidence = modelEvidence(text, model, logits);
  logits.urgency = URGENCY_PRIOR;
  const { floors, ceilings, floorCues, raised } = applyCues(text, logits, evidence, model);
  // A floor lifts the logit itself, so intensity can still make a floored complaint louder.
  for (const id of MOOD_SIGNALS) {
    if (floorCues[id] >= 2) floors[id] = Math.max(floors[id], COMBINED_FLOOR);
    if (floors[id] > 0) logits[id] = Math.max(logits[id], logitFor(floors[id], pointsOf(id, points)));
  }
  const cues = findIntensity(text);
  // The last field says whether the marks are shown as evidence: "!!" on a complaint is part of
  // how it sounds, but a hurry is shown by its words ("by Friday", "asap"), never by "!!"; so
  // "!!" makes a hurry louder only where such words are, not money alone ("my money back!!!").
  const amplifiers: Array<[MoodSignalId, Span[], number, boolean]> = [
    ['frustration', cues.shouting, SHOUT_BOOST, true],
    ['frustration', cues.exclaiming, EXCLAIM_BOOST, true],
    ['urgency', cues.exclaiming, EXCLAIM_BOOST, false],
    ['confusion', cues.questioning, QUESTION_BOOST, true],
  ];
  for (const [id, spans, boost, quoted] of amplifiers) {
    // Only what a phrase rule raised: on Reddit, capitals alone are as often joy as anger,
    // and amplifying the model's own guesses crowded its high-precision end (dev.tsv).
    if (spans.length === 0 || !raised.has(id) || (!quoted && evidence[id].length === 0)) continue;
    logits[id] += boost;
    if (floors[id] > 0 && spans.some((span) => span.end - span.start >= LOUD_RUN)) {
      floors[id] = Math.max(floors[id], COMBINED_FLOOR);
    }
    if (quoted) for (const span of spans) cite(evidence[id], text, span.start, span.end, boost);
  }
  return { logits, evidence, floors, ceilings };
}

export function scoreText(text: string, model: LinearModel, points: ModelPoints): MessageScore {
  const { logits, evidence, floors, ceilings } = moodLogits(text, model, points);
  const scores = signalRecord(() => 0);
  for (const id of MOOD_SIGNALS) {
    const calibrated = Math.max(floors[id], calibrate(logits[id], pointsOf(id, points)));
    scores[id] = Math.min(ceilings[id], calibrated);
    // A capped signal (sarcastic thanks) has nothing worth highlighting.
    if (calibrated > ceilings[id]) evidence[id] = [];
    evidence[id].sort((a, b) => b.weight - a.weight);
  }
  return { logits, scores, evidence };
}

let picker: WeightsPicker | null = pickCasualWeights;

/**
 * The register gate (casual-register.ts) picks the weights of each message: on by default; off
 * (every message on the support weights) only for comparisons (eval-emotions, eval-upset --ungated).
 */
export function switchRegisterGate(on = true): void {
  picker = on ? pickCasualWeights : null;
  cache.clear();
}

function scoreUncached(message: string): MessageScore | null {
  const prepared = prepareText(message);
  if (!prepared) return null;
  const tokens = tokenize(prepared.text);
  if (readsAsOtherLanguage(tokens)) return null;
  const chosen = picker?.(prepared.text, tokens) ?? { model: shippedWeights(), points: OPERATING_POINTS };
  const result = scoreText(prepared.text, chosen.model, chosen.points);
  for (const id of MOOD_SIGNALS) {
    for (const span of result.evidence[id]) {
      span.start += prepared.offset;
      span.end += prepared.offset;
    }
  }
  return result;
}

// analyze() runs on every draft keystroke with the same customer messages: remember the last few.
// The key is what the result depends on (length for offsets, and the analysed tail), so a
// 1 MB message is not kept alive by the cache.
const CACHE_SIZE = 16;
const cache = new Map<string, MessageScore | null>();

/**
 * Scores one message with the shipped model; offsets are into `message` itself.
 * Null means "nothing to judge" (empty, binary-looking, mostly non-Latin or not English).
 * Results are shared between callers: treat them as read-only.
 */
export function scoreMessage(message: string): MessageScore | null {
  if (typeof message !== 'string') return null;
  const key = `${message.length}:${message.length > MAX_SCORED_MESSAGE_CHARS ? message.slice(-MAX_SCORED_MESSAGE_CHARS) : message}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = scoreUncached(message);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

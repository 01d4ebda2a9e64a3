/**
 * Runs every mood cue over one message: adds logit effects, collects score floors and
 * ceilings, and cites matched phrases as evidence (see cues/cue.ts for what each part means).
 */
import type { MoodSignalId } from '@/lib/engine/types';
import { cite, signalRecord, type WeightedSpan } from '@/lib/classify/signal-record';
import { MOOD_CUES, type MoodCue } from '@/lib/classify/cues';
import { MODEL_SIGNALS, type LinearModel } from '@/lib/classify/model';

export interface RuleOutcome {
  floors: Record<MoodSignalId, number>;
  ceilings: Record<MoodSignalId, number>;
  /** Distinct (non-overlapping) phrases of floor-setting rules per signal: two make a clear case. */
  floorCues: Record<MoodSignalId, number>;
  /** Signals some rule pushed up. */
  raised: Set<MoodSignalId>;
}

// A repeated cue counts, but less each time, so one long rant cannot saturate a signal.
const REPEAT_FACTOR = 0.3;
const MAX_REPEATS = 2;
// Rule phrases rank above most single tokens as evidence: a phrase explains more than a word.
const RULE_EVIDENCE_WEIGHT = 2;
// A learned push this small barely moves the signal: citing its words would explain nothing.
const LEARNED_EVIDENCE_MIN = 0.4;

type Entries = Array<[MoodSignalId, number]>;

const MODEL_SIGNAL_IDS = new Set<MoodSignalId>(MODEL_SIGNALS);

/** Whether the cue's words occur in `text` at all (a cheap test; global regexes keep lastIndex, so reset it). */
export function cueMatches(cue: MoodCue, text: string): boolean {
  cue.pattern.lastIndex = 0;
  const hit = cue.pattern.test(text);
  cue.pattern.lastIndex = 0;
  return hit;
}

/** The hand-set part of a cue still in force: a learned cue keeps only what the model does not score (urgency, ceilings). */
function handSet(values: Partial<Record<MoodSignalId, number>> | undefined, learned: boolean): Entries {
  const entries = Object.entries(values ?? {}) as Entries;
  return learned ? entries.filter(([id]) => !MODEL_SIGNAL_IDS.has(id)) : entries;
}

// What a pattern anchored at a sentence boundary brings along: the previous sentence's end mark and the space.
const LEADING_BOUNDARY = /[\s.!?…,;:]/;
const TRAILING_SPACE = /[\s,;:]/;
/**
 * The part of a match an agent would quote: "Which plan", not "? Which plan"; "$129.99" stays whole.
 * Walked a character at a time: an anchored `+$` pattern is quadratic on a long run of spaces.
 */
function wordsOf(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && LEADING_BOUNDARY.test(text[from]!)) from++;
  while (to > from && TRAILING_SPACE.test(text[to - 1]!)) to--;
  return from < to ? [from, to] : [start, end];
}

export function applyCues(
  text: string,
  logits: Record<MoodSignalId, number>,
  evidence: Record<MoodSignalId, WeightedSpan[]>,
  { cues: learned = {}, keptFloors = [] }: Pick<LinearModel, 'cues' | 'keptFloors'> = {},
): RuleOutcome {
  const outcome: RuleOutcome = {
    floors: signalRecord(() => 0),
    ceilings: signalRecord(() => 1),
    floorCues: signalRecord(() => 0),
    raised: new Set(),
  };
  const floorSpans = signalRecord<Array<[number, number]>>(() => []);
  for (const cue of MOOD_CUES) {
    // A cheap test first: most rules miss.
    if (!cueMatches(cue, text)) continue;
    const matches = [...text.matchAll(cue.pattern)];
    const times = 1 + REPEAT_FACTOR * Math.min(matches.length - 1, MAX_REPEATS);
    const raisedHere = new Set<MoodSignalId>();
    const pushes = learned[cue.id];
    // Learned as one 0/1 column per cue, so applied once however often the words repeat.
    pushes?.forEach((push, c) => {
      const id = MODEL_SIGNALS[c]!;
      logits[id] += push;
      if (push >= LEARNED_EVIDENCE_MIN) raisedHere.add(id);
    });
    for (const [id, effect] of handSet(cue.effects, pushes !== undefined)) {
      logits[id] += effect * times;
      if (effect > 0) raisedHere.add(id);
    }
    for (const [id, floor] of handSet(cue.floors, pushes !== undefined && !keptFloors.includes(cue.id))) {
      outcome.floors[id] = Math.max(outcome.floors[id], floor);
      for (const m of matches) {
        const [start, end] = [m.index, m.index + m[0].length];
        // The same words caught by two rules are one cue, not two.
        if (floorSpans[id].some(([s, e]) => start < e && s < end)) continue;
        floorSpans[id].push([start, end]);
        outcome.floorCues[id]++;
      }
      raisedHere.add(id);
    }
    for (const [id, ceiling] of Object.entries(cue.ceilings ?? {}) as Entries) {
      outcome.ceilings[id] = Math.min(outcome.ceilings[id], ceiling);
    }
    for (const id of raisedHere) {
      outcome.raised.add(id);
      if (cue.quoted === false) continue;
      const weight = Math.max(cue.effects?.[id] ?? 0, RULE_EVIDENCE_WEIGHT);
      for (const m of matches) {
        const [start, end] = wordsOf(text, m.index, m.index + m[0].length);
        cite(evidence[id], text, start, end, weight);
      }
    }
  }
  return outcome;
}

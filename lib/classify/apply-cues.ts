/**
 * Runs every mood cue over one message: adds logit effects, collects score floors and
 * ceilings, and cites matched phrases as evidence (see cues/cue.ts for what each part means).
 */
import type { MoodSignalId } from '@/lib/engine/types';
import { cite, signalRecord, type WeightedSpan } from '@/lib/classify/signal-record';
import { MOOD_CUES } from '@/lib/classify/cues';

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

type Entries = Array<[MoodSignalId, number]>;

export function applyCues(
  text: string,
  logits: Record<MoodSignalId, number>,
  evidence: Record<MoodSignalId, WeightedSpan[]>,
): RuleOutcome {
  const outcome: RuleOutcome = {
    floors: signalRecord(() => 0),
    ceilings: signalRecord(() => 1),
    floorCues: signalRecord(() => 0),
    raised: new Set(),
  };
  const floorSpans = signalRecord<Array<[number, number]>>(() => []);
  for (const cue of MOOD_CUES) {
    // A cheap test first (most rules miss); global regexes keep lastIndex, so reset it around it.
    cue.pattern.lastIndex = 0;
    const hit = cue.pattern.test(text);
    cue.pattern.lastIndex = 0;
    if (!hit) continue;
    const matches = [...text.matchAll(cue.pattern)];
    const times = 1 + REPEAT_FACTOR * Math.min(matches.length - 1, MAX_REPEATS);
    const raisedHere = new Set<MoodSignalId>();
    for (const [id, effect] of Object.entries(cue.effects ?? {}) as Entries) {
      logits[id] += effect * times;
      if (effect > 0) raisedHere.add(id);
    }
    for (const [id, floor] of Object.entries(cue.floors ?? {}) as Entries) {
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
      const weight = Math.max(cue.effects?.[id] ?? 0, RULE_EVIDENCE_WEIGHT);
      for (const m of matches) cite(evidence[id], text, m.index, m.index + m[0].length, weight);
    }
  }
  return outcome;
}

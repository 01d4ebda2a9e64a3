import type { MoodSignalId } from '@/lib/engine/types';

/**
 * A phrase-level cue the Reddit-trained model cannot learn: support-desk complaints,
 * sarcasm, reassurance, deadlines and money.
 * - `effects` are added to signal logits (negative ones calm a signal down);
 * - `floors` lift a signal's 0..1 score to at least that value. Complaint cues use
 *   floors, not big logits, so they make a plain complaint visible without crowding
 *   the top of the model's ranking (which sets the high-precision "confident" point).
 * - `ceilings` cap a signal's score: marked sarcasm means the thanks were not thanks.
 * Matched text is evidence for every signal the rule raises. A cue the model learned
 * (scripts/train-config.ts learnedCues) uses its learned pushes on the model's signals
 * instead of these hand-set effects and floors (apply-cues.ts).
 */
export interface MoodCue {
  id: string;
  /** Must be global (`g`) and case-insensitive where wording varies. */
  pattern: RegExp;
  effects?: Partial<Record<MoodSignalId, number>>;
  floors?: Partial<Record<MoodSignalId, number>>;
  ceilings?: Partial<Record<MoodSignalId, number>>;
  /**
   * False for a cue that marks a kind of sentence rather than words that show a feeling (a
   * plain question's opening "Which" or "Do"): it still weighs, but the agent is never shown it.
   */
  quoted?: boolean;
}

/** One cue per file, default-exported; its id is the file name (tests/classify/cues/conventions.test.ts). */
export function defineCue(cue: MoodCue): MoodCue {
  return cue;
}

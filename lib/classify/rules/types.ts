import type { MoodSignalId } from '../../engine/types';

/**
 * A phrase-level cue the Reddit-trained model cannot learn: support-desk complaints,
 * sarcasm, reassurance, deadlines and money. Effects are added to signal logits;
 * a positive effect also makes the matched text evidence for that signal.
 */
export interface MoodRule {
  id: string;
  /** Must be global (`g`) and case-insensitive where wording varies. */
  pattern: RegExp;
  effects: Partial<Record<MoodSignalId, number>>;
}

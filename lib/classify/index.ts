import { MOOD_SIGNALS, type Mood, type MoodSignalId, type SignalResult } from '../engine/types';

/**
 * PLACEHOLDER until the trained classifier lands (issue 3): a tiny lexicon so the
 * foundation's sidebar has something real to show. Replaced wholesale.
 */
const LEXICON: Record<MoodSignalId, RegExp> = {
  frustration: /\b(unacceptable|ridiculous|furious|angry|again|still not|third time|fed up|waste)\b/gi,
  confusion: /\b(confused|don't understand|not sure how|how do i|what does .{1,20} mean)\b/gi,
  urgency: /\b(asap|urgent|immediately|today|by tomorrow|deadline)\b/gi,
  sadness: /\b(sad|disappointed|heartbroken|upset)\b/gi,
  gratitude: /\b(thank you|thanks|grateful|appreciate|you're a star)\b/gi,
};

export function classifyMood(customerMessages: string[]): Mood {
  const latestIndex = customerMessages.length - 1;
  const latest = customerMessages[latestIndex] ?? '';
  const signals = {} as Record<MoodSignalId, SignalResult>;
  for (const id of MOOD_SIGNALS) {
    const evidence = [...latest.matchAll(LEXICON[id])].map((m) => ({
      messageIndex: latestIndex,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
    const score = Math.min(1, evidence.length * 0.45);
    signals[id] = { id, score, level: score >= 0.85 ? 'confident' : score > 0 ? 'hint' : 'none', evidence };
  }
  const upset = signals.frustration.level !== 'none' || signals.sadness.level !== 'none';
  return { signals, upset, trend: 'steady' };
}

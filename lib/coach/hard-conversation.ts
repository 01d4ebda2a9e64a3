import type { Mood } from '@/lib/engine/types';

/**
 * A conversation is "hard" (issue 5, item 6) when the customer has been upset across
 * several messages, or the back-and-forth has gone long while they are still upset.
 * Thresholds are deliberately high: the reset card is a kindness, not a verdict on the agent.
 */
export const UPSET_MESSAGES_FOR_HARD = 2;
export const LONG_THREAD_MESSAGES = 6;

/**
 * How many recent customer messages were upset, read from the engine's own mood (issue 14:
 * the reset card must not classify messages a second time): an older message gives evidence
 * for frustration or sadness only when it leaned that way on its own (lib/classify).
 */
export function upsetMessageCount(mood: Mood): number {
  const upset = new Set<number>();
  for (const signal of [mood.signals.frustration, mood.signals.sadness]) {
    if (signal.level === 'none') continue;
    for (const evidence of signal.evidence) upset.add(evidence.messageIndex);
  }
  return upset.size;
}

export function isHardConversation(mood: Mood, customerMessageCount: number): boolean {
  if (upsetMessageCount(mood) >= UPSET_MESSAGES_FOR_HARD) return true;
  return customerMessageCount >= LONG_THREAD_MESSAGES && mood.upset;
}

/** A reply was sent when a substantial draft empties without the ticket changing. */
export function replyWasSent(previousDraft: string, draft: string): boolean {
  return previousDraft.trim().length >= 40 && draft.trim().length === 0;
}

export const RESET_CARD_INTERVAL_MS = 60 * 60 * 1000;

export function resetCardAllowed(
  lastShownAt: number | undefined,
  now: number,
  intervalMs = RESET_CARD_INTERVAL_MS,
): boolean {
  return lastShownAt === undefined || now - lastShownAt >= intervalMs;
}

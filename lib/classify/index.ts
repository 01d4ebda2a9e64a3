/**
 * Customer mood for the sidebar: each of the last few customer messages is scored on its
 * own (score-message.ts), then blended so one calm line does not erase a long complaint,
 * and compared over time for the trend. Pure: no DOM, storage, network or clock.
 */
import {
  MOOD_SIGNALS,
  type Evidence,
  type Mood,
  type MoodSignalId,
  type MoodTrend,
  type Sensitivity,
  type SignalResult,
} from '@/lib/engine/types';
import { levelOf } from '@/lib/classify/calibration';
import { pickEvidence } from '@/lib/classify/evidence';
import { scoreMessage, type MessageScore } from '@/lib/classify/score-message';

export { scoreMessage } from '@/lib/classify/score-message';
export type { MessageScore, WeightedSpan } from '@/lib/classify/score-message';

/** Latest message first; older messages count less and drop out after three. */
const RECENCY_WEIGHTS = [0.7, 0.2, 0.1];
// An older message contributes evidence only if it leaned this way on its own.
const EVIDENCE_MIN_SCORE = 0.4;
const EVIDENCE_PER_MESSAGE = 3;
const EVIDENCE_TOTAL = 6;
// Change in "upset" (max of frustration and sadness) that counts as a trend, not noise.
const TREND_DELTA = 0.15;

interface Scored {
  index: number;
  score: MessageScore | null;
}

function blend(window: Scored[], id: MoodSignalId): number {
  let sum = 0;
  let weights = 0;
  window.forEach(({ score }, age) => {
    const weight = RECENCY_WEIGHTS[age] ?? 0;
    sum += weight * (score?.scores[id] ?? 0);
    weights += weight;
  });
  const latest = window[0]?.score?.scores[id] ?? 0;
  // Recent history can raise the latest message's score, never hide it.
  return weights ? Math.max(latest, sum / weights) : 0;
}

function collectEvidence(messages: string[], window: Scored[], id: MoodSignalId): Evidence[] {
  const chosen: Evidence[] = [];
  window.forEach(({ index, score }, age) => {
    if (!score || (age > 0 && score.scores[id] < EVIDENCE_MIN_SCORE)) return;
    const room = Math.min(EVIDENCE_PER_MESSAGE, EVIDENCE_TOTAL - chosen.length);
    if (room > 0) chosen.push(...pickEvidence(messages[index]!, index, score.evidence[id], room));
  });
  // Latest message first: the sidebar shows the first few, and what the customer said last is
  // what the reply answers (an older complaint must not push the newest words out of view).
  return chosen.sort((a, b) => b.messageIndex - a.messageIndex || a.start - b.start);
}

function trendOf(window: Scored[]): MoodTrend {
  const upset = window.map(({ score }) => Math.max(score?.scores.frustration ?? 0, score?.scores.sadness ?? 0));
  const [latest = 0, ...older] = upset;
  if (older.length === 0) return 'steady';
  const delta = latest - older.reduce((a, b) => a + b, 0) / older.length;
  if (delta > TREND_DELTA) return 'rising';
  return delta < -TREND_DELTA ? 'easing' : 'steady';
}

export function classifyMood(customerMessages: string[], options: { sensitivity?: Sensitivity } = {}): Mood {
  const sensitivity = options.sensitivity ?? 'medium';
  const messages = Array.isArray(customerMessages) ? customerMessages : [];
  const window: Scored[] = [];
  for (let index = messages.length - 1; index >= 0 && window.length < RECENCY_WEIGHTS.length; index--) {
    const message = messages[index];
    window.push({ index, score: typeof message === 'string' ? scoreMessage(message) : null });
  }
  const signals = {} as Record<MoodSignalId, SignalResult>;
  for (const id of MOOD_SIGNALS) {
    const score = blend(window, id);
    const level = levelOf(score, sensitivity);
    signals[id] = {
      id,
      score,
      level,
      evidence: level === 'none' ? [] : collectEvidence(messages as string[], window, id),
    };
  }
  const upset = signals.frustration.level !== 'none' || signals.sadness.level !== 'none';
  return { signals, upset, trend: trendOf(window) };
}

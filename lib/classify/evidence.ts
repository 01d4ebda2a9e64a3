/**
 * Turns one message's weighted spans into the few highlights the sidebar shows: strongest
 * first, no overlaps, and neighbouring model words joined ("so" + "angry" -> "so angry") so
 * the agent reads a phrase rather than confetti. Rule phrases are already whole.
 */
import type { Evidence } from '@/lib/engine/types';
import type { WeightedSpan } from '@/lib/classify/signal-record';

// Candidates considered before joining; more than the limit so joined phrases can compete.
const CANDIDATE_FACTOR = 2;
const JOINABLE_GAP = /^[ \t]*$/;

export function pickEvidence(message: string, messageIndex: number, spans: WeightedSpan[], limit: number): Evidence[] {
  const candidates: WeightedSpan[] = [];
  for (const span of spans) {
    if (candidates.length >= limit * CANDIDATE_FACTOR) break;
    if (candidates.some((c) => span.start < c.end && c.start < span.end)) continue;
    candidates.push({ ...span });
  }
  candidates.sort((a, b) => a.start - b.start);
  const joined: WeightedSpan[] = [];
  for (const span of candidates) {
    const previous = joined.at(-1);
    const bothWords = previous?.source === 'model' && span.source === 'model';
    if (previous && bothWords && JOINABLE_GAP.test(message.slice(previous.end, span.start))) {
      previous.end = span.end;
      previous.weight += span.weight;
    } else {
      joined.push(span);
    }
  }
  return joined
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map(({ start, end }) => ({ messageIndex, start, end, text: message.slice(start, end) }))
    .sort((a, b) => a.start - b.start);
}

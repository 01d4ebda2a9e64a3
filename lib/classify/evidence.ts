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

const overlaps = (a: WeightedSpan, b: WeightedSpan) => a.start < b.end && b.start < a.end;

export function pickEvidence(message: string, messageIndex: number, spans: WeightedSpan[], limit: number): Evidence[] {
  const candidates: WeightedSpan[] = [];
  const phrases = spans.filter((span) => span.source === 'rule');
  for (const span of spans) {
    if (candidates.length >= limit * CANDIDATE_FACTOR) break;
    // A word inside a cue's phrase is shown as the phrase ("charged twice", not "charged"),
    // however much the model weighs the word on its own.
    if (span.source === 'model' && phrases.some((phrase) => overlaps(span, phrase))) continue;
    if (candidates.some((c) => overlaps(span, c))) continue;
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

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

// A chip must read as words to the agent: a lone "?" the model weighed, or a word cut from the
// phrase that carries it ("Thank" from "Thank you", "days" from "three days"), reads as noise.
const NO_WORD = /^[^\p{L}\p{N}]*$/u;
const OBJECT_AFTER = /^ (?:you|u|ya|me|us)\b/i;
const COUNT_BEFORE =
  /\b(?:\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) $/i;

/** A model word grown to the phrase an agent would quote: its object pronoun after, its count before. */
function wholePhrase(message: string, span: WeightedSpan): WeightedSpan {
  if (span.source !== 'model') return span;
  const after = OBJECT_AFTER.exec(message.slice(span.end, span.end + 8));
  const before = COUNT_BEFORE.exec(message.slice(Math.max(0, span.start - 12), span.start));
  return {
    ...span,
    start: before ? span.start - before[0].length : span.start,
    end: after ? span.end + after[0].length : span.end,
  };
}

export function pickEvidence(message: string, messageIndex: number, spans: WeightedSpan[], limit: number): Evidence[] {
  const candidates: WeightedSpan[] = [];
  const phrases = spans.filter((span) => span.source === 'rule');
  // Stacked marks ("!!", "???") that made a complaint louder: quoted with the word they end
  // ("unacceptable!!"), never alone, where a chip reading "!!" tells the agent nothing.
  const marks = spans.filter((span) => span.source === 'rule' && NO_WORD.test(message.slice(span.start, span.end)));
  for (const span of spans) {
    if (candidates.length >= limit * CANDIDATE_FACTOR) break;
    // A word inside a cue's phrase is shown as the phrase ("charged twice", not "charged"),
    // however much the model weighs the word on its own.
    if (span.source === 'model' && phrases.some((phrase) => overlaps(span, phrase))) continue;
    if (NO_WORD.test(message.slice(span.start, span.end))) continue;
    const grown = wholePhrase(message, span);
    if (candidates.some((c) => overlaps(grown, c))) continue;
    candidates.push(grown);
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
  for (const mark of marks) {
    const before = joined.find((span) => span.end === mark.start);
    if (before) before.end = mark.end;
  }
  return joined
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map(({ start, end }) => ({ messageIndex, start, end, text: message.slice(start, end) }))
    .sort((a, b) => a.start - b.start);
}

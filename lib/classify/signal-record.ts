import { MOOD_SIGNALS, type MoodSignalId, type Span } from '../engine/types';

export interface WeightedSpan extends Span {
  text: string;
  /** Logit added by this span (or a fixed weight for rule phrases); evidence is ranked by it. */
  weight: number;
}

export function signalRecord<T>(make: () => T): Record<MoodSignalId, T> {
  return Object.fromEntries(MOOD_SIGNALS.map((id) => [id, make()])) as Record<MoodSignalId, T>;
}

export function cite(into: WeightedSpan[], text: string, start: number, end: number, weight: number): void {
  into.push({ start, end, text: text.slice(start, end), weight });
}

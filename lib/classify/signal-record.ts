import type { MoodSignalId, Span } from '@/lib/engine/types';

export interface WeightedSpan extends Span {
  text: string;
  /** Logit added by this span (or a fixed weight for rule phrases); evidence is ranked by it. */
  weight: number;
  /** Model tokens may be joined into phrases; rule phrases are already whole. */
  source: 'model' | 'rule';
}

/** A literal (not Object.fromEntries) keeps one hidden class on the hot path; the type checks it is complete. */
export function signalRecord<T>(make: () => T): Record<MoodSignalId, T> {
  return { frustration: make(), confusion: make(), urgency: make(), sadness: make(), gratitude: make() };
}

export function cite(
  into: WeightedSpan[],
  text: string,
  start: number,
  end: number,
  weight: number,
  source: WeightedSpan['source'] = 'rule',
): void {
  into.push({ start, end, text: text.slice(start, end), weight, source });
}

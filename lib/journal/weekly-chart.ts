import { addDays, weekStarts } from './calendar';
import { countIntoBuckets } from './buckets';

export interface WeekBar {
  start: number;
  count: number;
}

/** Wins per week for the `weeks` weeks ending with the current one, oldest first. */
export function weeklyBars(times: readonly number[], now: number, weeks = 12): WeekBar[] {
  const starts = weekStarts(now, weeks);
  const end = addDays(starts[starts.length - 1] ?? now, 7);
  const counts = countIntoBuckets(times, starts, end);
  return starts.map((start, index) => ({ start, count: counts[index] ?? 0 }));
}

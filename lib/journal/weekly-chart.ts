import { addDays } from '@/lib/journal/calendar';

export interface WeekBar {
  start: number;
  count: number;
}

/** The last `weeks` of per-week counts (aligned with their week starts, oldest first) as bars. */
export function weeklyBars(starts: readonly number[], counts: readonly number[], weeks = 12): WeekBar[] {
  return starts.slice(-weeks).map((start, index, shown) => ({
    start,
    count: counts[starts.length - shown.length + index] ?? 0,
  }));
}

/**
 * Weekly counts from daily ones where the days cover the week (the heatmap's year),
 * so those weeks need no second count of the same wins; undefined where the days
 * do not reach (older weeks, counted on their own). `dayStarts` are consecutive
 * local days, oldest first; the last one is today, so the current week counts up to it.
 */
export function weeksFromDays(
  dayStarts: readonly number[],
  dayCounts: readonly number[],
  weekStarts: readonly number[],
): Array<number | undefined> {
  const indexOfDay = new Map(dayStarts.map((start, index) => [start, index]));
  const lastDay = dayStarts[dayStarts.length - 1] ?? -Infinity;
  return weekStarts.map((weekStart) => {
    let sum = 0;
    for (let offset = 0; offset < 7; offset += 1) {
      const day = addDays(weekStart, offset);
      if (day > lastDay) break;
      const index = indexOfDay.get(day);
      if (index === undefined) return undefined;
      sum += dayCounts[index] ?? 0;
    }
    return sum;
  });
}

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

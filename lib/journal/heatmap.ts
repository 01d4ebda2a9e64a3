import { addDays, dayKey, startOfWeek } from '@/lib/journal/calendar';
import { firstDayOfWeek } from '@/lib/journal/first-day-of-week';

export interface HeatmapDay {
  day: string;
  start: number;
  count: number;
  /** 0 = none, 1–4 = quartiles of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
  /** Columns of weeks, each from the locale's first day; null where a day is outside the period (future or before it). */
  weeks: Array<Array<HeatmapDay | null>>;
  /** The weekday of each column's first row (0 = Sunday), for the row names. */
  weekStartsOn: number;
  total: number;
  activeDays: number;
  busiest: HeatmapDay | undefined;
  firstDay: string;
  lastDay: string;
}

function levelOf(count: number, max: number): HeatmapDay['level'] {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatmapDay['level'];
}

/** Local-midnight starts of the `days` days ending today, oldest first (the periods to count). */
export function heatmapDayStarts(now: number, days = 365): number[] {
  const firstStart = addDays(now, -(days - 1));
  return Array.from({ length: days }, (_, index) => addDays(firstStart, index));
}

/** Lays per-day counts (aligned with heatmapDayStarts) out as week columns starting on `firstDay`. */
export function buildHeatmap(counts: readonly number[], now: number, days = 365, firstDay = firstDayOfWeek()): Heatmap {
  const starts = heatmapDayStarts(now, days);
  const firstStart = starts[0] ?? now;
  const max = Math.max(0, ...counts);
  const cells: HeatmapDay[] = starts.map((start, index) => {
    const count = counts[index] ?? 0;
    return { day: dayKey(start), start, count, level: levelOf(count, max) };
  });
  const weeks: Array<Array<HeatmapDay | null>> = [];
  const gridStart = startOfWeek(firstStart, firstDay);
  const leading = Math.round((firstStart - gridStart) / 86_400_000);
  const padded: Array<HeatmapDay | null> = [...Array<null>(leading).fill(null), ...cells];
  for (let index = 0; index < padded.length; index += 7) {
    const column = padded.slice(index, index + 7);
    while (column.length < 7) column.push(null);
    weeks.push(column);
  }
  const busiest = cells.reduce<HeatmapDay | undefined>(
    (best, cell) => (cell.count > (best?.count ?? 0) ? cell : best),
    undefined,
  );
  return {
    weeks,
    weekStartsOn: firstDay,
    total: counts.reduce((sum, count) => sum + count, 0),
    activeDays: counts.filter((count) => count > 0).length,
    busiest,
    firstDay: dayKey(firstStart),
    lastDay: dayKey(now),
  };
}

export interface MonthTotal {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** Wins per calendar month across the heatmap, oldest first: the table a screen reader reads. */
export function monthTotals(heatmap: Heatmap): MonthTotal[] {
  const totals = new Map<string, number>();
  for (const cell of heatmap.weeks.flat()) {
    if (!cell) continue;
    const month = cell.day.slice(0, 7);
    totals.set(month, (totals.get(month) ?? 0) + cell.count);
  }
  return [...totals].map(([month, count]) => ({ month, count }));
}

export interface MonthLabel {
  /** The week column where the month's first shown day falls. */
  column: number;
  /** Local midnight of that day, for formatting the month's name. */
  start: number;
}

/**
 * Where each month begins along the heatmap, so its columns can be labelled.
 * A month whose first column is too close to the previous label (under
 * `minGap` columns, e.g. the partial month at the left edge) is left unlabelled.
 */
export function monthLabels(heatmap: Heatmap, minGap = 3): MonthLabel[] {
  const labels: MonthLabel[] = [];
  heatmap.weeks.forEach((column, index) => {
    const first = column.find((cell) => cell !== null);
    const opening = column.find((cell) => cell?.day.endsWith('-01'));
    const cell = index === 0 ? first : opening;
    if (!cell) return;
    const previous = labels[labels.length - 1];
    if (previous && index - previous.column < minGap) {
      // The month that starts here is the one worth naming; the edge stub gives way.
      if (previous.column === 0) labels.pop();
      else return;
    }
    labels.push({ column: index, start: cell.start });
  });
  return labels;
}

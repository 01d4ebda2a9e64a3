import { describe, expect, it } from 'vitest';
import { addDays, dayKey, startOfWeek, weekStarts } from '@/lib/journal/calendar';
import { buildHeatmap, heatmapDayStarts, monthTotals } from '@/lib/journal/heatmap';
import { weeklyBars } from '@/lib/journal/weekly-chart';
import { firstDayOfWeek } from '@/lib/journal/first-day-of-week';
import { thisWeekDays } from '@/lib/journal/rhythm';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

const MONDAY = 1;
const SUNDAY = 0;

describe('calendar', () => {
  it('starts weeks on the given first day and steps by calendar days', () => {
    expect(dayKey(startOfWeek(at(2026, 11, 22), MONDAY))).toBe('2026-11-16'); // a Sunday → its Monday
    expect(dayKey(startOfWeek(at(2026, 11, 16, 0), MONDAY))).toBe('2026-11-16');
    expect(dayKey(startOfWeek(at(2026, 11, 22), SUNDAY))).toBe('2026-11-22'); // a Sunday starts its own week
    expect(dayKey(startOfWeek(at(2026, 12, 7), SUNDAY))).toBe('2026-12-06');
    expect(dayKey(startOfWeek(at(2026, 12, 7), 6))).toBe('2026-12-05'); // Saturday-first
    expect(dayKey(addDays(at(2026, 12, 31), 1))).toBe('2027-01-01');
    expect(weekStarts(at(2026, 11, 22), 3, MONDAY).map(dayKey)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('takes the first day from the locale: Sunday in the US, Monday in the UK and Germany, Saturday in Egypt', () => {
    expect(firstDayOfWeek('en-US')).toBe(SUNDAY);
    expect(firstDayOfWeek('en')).toBe(SUNDAY);
    expect(firstDayOfWeek('en-GB')).toBe(MONDAY);
    expect(firstDayOfWeek('de')).toBe(MONDAY);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
    expect(firstDayOfWeek('not a locale!')).toBe(MONDAY);
  });
});

describe('thisWeekDays (the popup’s "This week")', () => {
  it('is the calendar week holding today, the same days as the journal’s week, not the last seven days', () => {
    const monday = at(2026, 12, 7, 9);
    for (const firstDay of [SUNDAY, MONDAY, 6]) {
      const days = thisWeekDays(monday, firstDay);
      expect(days).toHaveLength(7);
      expect(days[0]!.start).toBe(startOfWeek(monday, firstDay));
      expect(days.map((day) => day.future)).toEqual(days.map((day) => day.start > at(2026, 12, 7, 0)));
    }
    expect(thisWeekDays(monday, SUNDAY).map((day) => dayKey(day.start))).toEqual([
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ]);
  });
});

describe('buildHeatmap', () => {
  const now = at(2026, 11, 22);
  const starts = heatmapDayStarts(now);
  const counts = starts.map((start) => {
    const key = dayKey(start);
    return key === '2026-11-22' ? 2 : key === '2026-11-20' || key === '2025-11-23' ? 1 : 0;
  });
  const heatmap = buildHeatmap(counts, now, 365, MONDAY);

  it('covers the 365 local days ending today', () => {
    expect(starts).toHaveLength(365);
    expect(dayKey(starts[0]!)).toBe('2025-11-23');
    expect(heatmap.firstDay).toBe('2025-11-23');
    expect(heatmap.lastDay).toBe('2026-11-22');
    expect(heatmap.total).toBe(4);
    expect(heatmap.activeDays).toBe(3);
    expect(heatmap.busiest).toMatchObject({ day: '2026-11-22', count: 2, level: 4 });
  });

  it('lays days out in Monday-first columns of seven with padding', () => {
    expect(heatmap.weeks.every((column) => column.length === 7)).toBe(true);
    const days = heatmap.weeks.flat().filter((cell) => cell !== null);
    expect(days.map((cell) => cell.day)).toEqual(starts.map(dayKey));
    expect(heatmap.weeks[0]!.findIndex((cell) => cell !== null)).toBe((new Date(starts[0]!).getDay() + 6) % 7);
    const levels = days.filter((cell) => cell.count > 0).map((cell) => cell.level);
    expect(levels.sort()).toEqual([2, 2, 4]);
  });

  it('starts its columns on the locale’s first day, as the weekly summary does', () => {
    const sundayFirst = buildHeatmap(counts, now, 365, SUNDAY);
    expect(sundayFirst.weekStartsOn).toBe(SUNDAY);
    expect(sundayFirst.weeks[0]!.findIndex((cell) => cell !== null)).toBe(new Date(starts[0]!).getDay());
    expect(sundayFirst.weeks.at(-1)![0]!.day).toBe('2026-11-22'); // today, a Sunday, opens the last column
  });

  it('totals months for the screen-reader table', () => {
    const months = monthTotals(heatmap);
    expect(months[0]).toEqual({ month: '2025-11', count: 1 });
    expect(months.at(-1)).toEqual({ month: '2026-11', count: 3 });
    expect(months.reduce((sum, month) => sum + month.count, 0)).toBe(4);
  });
});

describe('weeklyBars', () => {
  it('keeps the last N weeks aligned with their counts', () => {
    const starts = weekStarts(at(2026, 11, 22), 4, MONDAY);
    expect(weeklyBars(starts, [5, 0, 1, 2], 3).map((bar) => [dayKey(bar.start), bar.count])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-09', 1],
      ['2026-11-16', 2],
    ]);
  });
});

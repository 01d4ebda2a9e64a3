import { describe, expect, it } from 'vitest';
import { addDays, dayKey, startOfWeek, weekStarts } from '../../lib/journal/calendar';
import { buildHeatmap } from '../../lib/journal/heatmap';
import { weeklyBars } from '../../lib/journal/weekly-chart';
import { countIntoBuckets } from '../../lib/journal/buckets';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('calendar', () => {
  it('starts weeks on Monday and steps by calendar days', () => {
    expect(dayKey(startOfWeek(at(2026, 11, 22)))).toBe('2026-11-16'); // a Sunday → its Monday
    expect(dayKey(startOfWeek(at(2026, 11, 16, 0)))).toBe('2026-11-16');
    expect(dayKey(addDays(at(2026, 12, 31), 1))).toBe('2027-01-01');
    expect(weekStarts(at(2026, 11, 22), 3).map(dayKey)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('buckets with half-open ranges and ignores times outside', () => {
    expect(countIntoBuckets([0, 9, 10, 19, 20, 35, -1, 40], [0, 10, 20], 40)).toEqual([2, 2, 2]);
  });
});

describe('buildHeatmap', () => {
  const now = at(2026, 11, 22);
  const times = [now, now - 1000, at(2026, 11, 20), at(2025, 11, 23), at(2025, 11, 22)];
  const heatmap = buildHeatmap(times, now);

  it('counts the last 365 days per local day, excluding older wins', () => {
    expect(heatmap.total).toBe(4);
    expect(heatmap.activeDays).toBe(3);
    expect(heatmap.firstDay).toBe('2025-11-23');
    expect(heatmap.lastDay).toBe('2026-11-22');
    expect(heatmap.busiest).toMatchObject({ day: '2026-11-22', count: 2, level: 4 });
  });

  it('lays days out in Monday-first columns of seven with padding', () => {
    expect(heatmap.weeks.every((column) => column.length === 7)).toBe(true);
    const days = heatmap.weeks.flat().filter((cell) => cell !== null);
    expect(days).toHaveLength(365);
    expect(heatmap.weeks[0]!.findIndex((cell) => cell !== null)).toBe((new Date(at(2025, 11, 23)).getDay() + 6) % 7);
    const levels = days.filter((cell) => cell.count > 0).map((cell) => cell.level);
    expect(levels.sort()).toEqual([2, 2, 4]);
  });
});

describe('weeklyBars', () => {
  it('counts wins per Monday-first week, oldest first, current week last', () => {
    const now = at(2026, 11, 22);
    const bars = weeklyBars([now, at(2026, 11, 16, 0), at(2026, 11, 15), at(2026, 10, 1)], now, 3);
    expect(bars.map((bar) => [dayKey(bar.start), bar.count])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-09', 1],
      ['2026-11-16', 2],
    ]);
  });
});

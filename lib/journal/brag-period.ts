import { addDays, startOfDay } from '@/lib/journal/calendar';

export const BRAG_PRESETS = ['this-quarter', 'last-quarter', 'last-90-days', 'this-year', 'last-12-months'] as const;
export type BragPreset = (typeof BRAG_PRESETS)[number];

/** Inclusive local-day bounds: `from` is a day's first millisecond, `to` a day's last. */
export interface Period {
  from: number;
  to: number;
}

const endOfDay = (ms: number) => addDays(ms, 1) - 1;

/** The periods people are asked about in reviews, ending today or at the last full quarter. */
export function presetPeriod(preset: BragPreset, now: number): Period {
  const today = new Date(startOfDay(now));
  const year = today.getFullYear();
  const quarterStart = (y: number, q: number) => new Date(y, q * 3, 1).getTime();
  const quarter = Math.floor(today.getMonth() / 3);
  switch (preset) {
    case 'this-quarter':
      return { from: quarterStart(year, quarter), to: endOfDay(now) };
    case 'last-quarter': {
      const from = quarter === 0 ? quarterStart(year - 1, 3) : quarterStart(year, quarter - 1);
      return { from, to: quarterStart(year, quarter) - 1 };
    }
    case 'last-90-days':
      return { from: addDays(now, -89), to: endOfDay(now) };
    case 'this-year':
      return { from: new Date(year, 0, 1).getTime(), to: endOfDay(now) };
    case 'last-12-months':
      return { from: addDays(new Date(year - 1, today.getMonth(), today.getDate()).getTime(), 1), to: endOfDay(now) };
  }
}

/** `journal.html?brag=2026-09-01..2026-11-30`: the print view's address for a period of date-input days. */
export const bragQuery = (fromDay: string, toDay: string) => `brag=${fromDay}..${toDay}`;

export function parseBragQuery(search: string): { fromDay: string; toDay: string } | undefined {
  const match = /(?:^|[?&])brag=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?:&|$)/.exec(search);
  return match ? { fromDay: match[1]!, toDay: match[2]! } : undefined;
}

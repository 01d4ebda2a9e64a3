import { addDays, startOfWeek } from '@/lib/journal/calendar';
import { firstDayOfWeek } from '@/lib/journal/first-day-of-week';

/** Local midnight of the day holding `now`. */
export function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export interface WeekDay {
  start: number;
  end: number;
  /** After today: nothing to count yet, drawn as an empty slot. */
  future: boolean;
}

/**
 * The seven local days of the calendar week holding `now`, first day first, as [start, end)
 * ranges: the popup's "This week" is the journal's "Your week" (calendar.ts), never the last
 * seven days. Today's range runs on past midnight, as the popup's count always has, so a win
 * stamped by a clock a little ahead still shows.
 */
export function thisWeekDays(now: number, firstDay = firstDayOfWeek()): WeekDay[] {
  const today = startOfDay(now);
  const first = startOfWeek(now, firstDay);
  return Array.from({ length: 7 }, (_, index) => {
    const start = addDays(first, index);
    return { start, end: start === today ? addDays(today, 2) : addDays(start, 1), future: start > today };
  });
}

import { firstDayOfWeek } from '@/lib/journal/first-day-of-week';

/**
 * Local-calendar arithmetic for the popup's week, the weekly summary, the heatmap,
 * weekly chart and streak. Weeks start on the agent's locale's first day
 * (first-day-of-week.ts), the same everywhere so "this week" means one thing. Days are computed with local dates (not 24 h
 * steps) so daylight-saving changes never skip or double a day.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of the local day containing `ms`. */
export function dayKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function startOfDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function addDays(ms: number, days: number): number {
  const date = new Date(startOfDay(ms));
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** 00:00 local on the first day (0 = Sunday … 6 = Saturday) of the week containing `ms`. */
export function startOfWeek(ms: number, firstDay = firstDayOfWeek()): number {
  const weekday = (new Date(ms).getDay() - firstDay + 7) % 7;
  return addDays(ms, -weekday);
}

/** Starts of the `count` weeks ending with the week containing `now`, oldest first. */
export function weekStarts(now: number, count: number, firstDay = firstDayOfWeek()): number[] {
  const current = startOfWeek(now, firstDay);
  return Array.from({ length: count }, (_, index) => addDays(current, -7 * (count - 1 - index)));
}

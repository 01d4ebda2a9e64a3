/**
 * Local-calendar arithmetic for the heatmap, weekly chart and streak. Weeks
 * start on Monday (ISO 8601). Days are computed with local dates (not 24 h
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

/** Monday 00:00 local of the week containing `ms`. */
export function startOfWeek(ms: number): number {
  const weekday = (new Date(ms).getDay() + 6) % 7;
  return addDays(ms, -weekday);
}

/** Starts of the `count` weeks ending with the week containing `now`, oldest first. */
export function weekStarts(now: number, count: number): number[] {
  const current = startOfWeek(now);
  return Array.from({ length: count }, (_, index) => addDays(current, -7 * (count - 1 - index)));
}

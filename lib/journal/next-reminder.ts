import { addDays, startOfDay } from '@/lib/journal/calendar';

/**
 * The next local time the weekly reflection reminder is due: `weekday` (0 =
 * Sunday … 6 = Saturday, as Date.getDay) at `hour`:00, strictly after `now`.
 * Worked out in local dates, so daylight-saving changes never move it by an hour;
 * the alarm is set for one time and set again after it fires.
 */
export function nextReminderAt(now: number, weekday: number, hour: number): number {
  const today = startOfDay(now);
  const ahead = (weekday - new Date(today).getDay() + 7) % 7;
  const at = (days: number) => {
    const day = new Date(addDays(today, days));
    return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour).getTime();
  };
  const due = at(ahead);
  return due > now ? due : at(ahead + 7);
}

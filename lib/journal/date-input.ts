import { addDays, dayKey } from '@/lib/journal/calendar';

/** `<input type="date">` value (local `YYYY-MM-DD`) → local midnight, or undefined when empty/invalid. */
export function parseDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = new Date(year, month - 1, day).getTime();
  return dayKey(ms) === value ? ms : undefined;
}

/** Last millisecond of the local day named by a date input, so "to" bounds are inclusive of that day. */
export function endOfDateInput(value: string): number | undefined {
  const start = parseDateInput(value);
  return start === undefined ? undefined : addDays(start, 1) - 1;
}

export const toDateInput = dayKey;

import { storage } from 'wxt/utils/storage';

/**
 * The optional weekly reflection reminder (issue 16): off until the agent turns
 * it on, then a local alarm and notification on the chosen weekday and hour.
 * Local, not sync: the notification permission belongs to this browser.
 */
export interface ReflectionReminder {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday, as Date.getDay. */
  weekday: number;
  /** Local hour, 0–23. */
  hour: number;
}

/** Friday afternoon: the week is nearly done and there is still time to look back at it. */
export const DEFAULT_REMINDER: ReflectionReminder = { enabled: false, weekday: 5, hour: 16 };

export const REMINDER_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export const reflectionReminderItem = storage.defineItem<ReflectionReminder>('local:reflectionReminder', {
  fallback: DEFAULT_REMINDER,
  version: 1,
  migrations: REMINDER_MIGRATIONS,
});

const inRange = (value: unknown, max: number) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** Field by field, so a damaged value never turns a reminder on; anything unusable falls back to the default. */
export function repairReminder(stored: unknown): ReflectionReminder {
  const value = (stored ?? {}) as Partial<Record<keyof ReflectionReminder, unknown>>;
  return {
    enabled: value.enabled === true,
    weekday: inRange(value.weekday, 6) ? (value.weekday as number) : DEFAULT_REMINDER.weekday,
    hour: inRange(value.hour, 23) ? (value.hour as number) : DEFAULT_REMINDER.hour,
  };
}

/** Whether a stored value is a reminder this build can use as it is (a backup's is refused otherwise). */
export function isReminder(value: unknown): value is ReflectionReminder {
  const candidate = value as Partial<Record<keyof ReflectionReminder, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.enabled === 'boolean' &&
    inRange(candidate.weekday, 6) &&
    inRange(candidate.hour, 23)
  );
}

export async function loadReminder(): Promise<ReflectionReminder> {
  return repairReminder(await reflectionReminderItem.getValue());
}

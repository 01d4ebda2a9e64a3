import { describe, expect, it } from 'vitest';
import {
  JOURNAL_WEEK_PATH,
  onReminderAlarm,
  onReminderClicked,
  REMINDER_ID,
  scheduleReminder,
  type ReminderEnv,
} from '@/lib/background/weekly-reminder';
import { DEFAULT_REMINDER, type ReflectionReminder } from '@/lib/storage/reflection-reminder';
import { nextReminderAt } from '@/lib/journal/next-reminder';

/** Wednesday 2 December 2026, 10:00 local. */
const NOW = new Date(2026, 11, 2, 10).getTime();

function fakeEnv(reminder: ReflectionReminder, allowed = true) {
  const alarms = new Map<string, number>();
  const shown: string[] = [];
  const opened: string[] = [];
  const env: ReminderEnv = {
    load: async () => reminder,
    now: () => NOW,
    alarms: {
      create: (name, { when }) => alarms.set(name, when),
      clear: async (name) => alarms.delete(name),
    },
    mayNotify: async () => allowed,
    notify: async (id, options) => shown.push(`${id}: ${options.title} — ${options.message}`),
    clearNotification: async () => true,
    openTab: async (path) => opened.push(path),
    iconUrl: 'chrome-extension://id/notification-icon.png',
  };
  return { env, alarms, shown, opened };
}

describe('weekly reflection reminder', () => {
  it('is off by default: no alarm is set', async () => {
    const { env, alarms } = fakeEnv(DEFAULT_REMINDER);
    expect(await scheduleReminder(env)).toBeUndefined();
    expect(alarms.size).toBe(0);
  });

  it('when on, sets one local alarm for the chosen weekday and hour', async () => {
    const { env, alarms } = fakeEnv({ enabled: true, weekday: 5, hour: 16 });
    await scheduleReminder(env);
    expect(new Date(alarms.get(REMINDER_ID)!)).toEqual(new Date(2026, 11, 4, 16));
  });

  it('fires a notification and sets the next week’s alarm; nothing shows once it was switched off', async () => {
    const on = fakeEnv({ enabled: true, weekday: 3, hour: 9 });
    expect(await onReminderAlarm(on.env, REMINDER_ID)).toBe(true);
    expect(on.shown).toEqual([
      `${REMINDER_ID}: Your week in wins — A few minutes to look back: what went well this week, and who helped you?`,
    ]);
    expect(new Date(on.alarms.get(REMINDER_ID)!)).toEqual(new Date(2026, 11, 9, 9));
    const off = fakeEnv(DEFAULT_REMINDER);
    expect(await onReminderAlarm(off.env, REMINDER_ID)).toBe(false);
    expect(off.shown).toEqual([]);
    expect(off.alarms.size).toBe(0);
  });

  it('shows nothing when the agent has since revoked notifications, and ignores other alarms', async () => {
    const revoked = fakeEnv({ enabled: true, weekday: 3, hour: 9 }, false);
    expect(await onReminderAlarm(revoked.env, REMINDER_ID)).toBe(false);
    expect(revoked.shown).toEqual([]);
    expect(await onReminderAlarm(revoked.env, 'someone-else')).toBe(false);
  });

  it('a click opens the journal at the week', async () => {
    const { env, opened } = fakeEnv({ enabled: true, weekday: 3, hour: 9 });
    expect(await onReminderClicked(env, REMINDER_ID)).toBe(true);
    expect(opened).toEqual([JOURNAL_WEEK_PATH]);
    expect(JOURNAL_WEEK_PATH).toBe('/journal.html#week');
  });
});

describe('nextReminderAt', () => {
  it('is later today when the hour is still ahead, next week when it has passed', () => {
    expect(new Date(nextReminderAt(NOW, 3, 11))).toEqual(new Date(2026, 11, 2, 11));
    expect(new Date(nextReminderAt(NOW, 3, 10))).toEqual(new Date(2026, 11, 9, 10));
    expect(new Date(nextReminderAt(NOW, 1, 8))).toEqual(new Date(2026, 11, 7, 8));
  });

  it('keeps the local hour across a daylight-saving change', () => {
    const beforeChange = new Date(2026, 2, 25, 12).getTime();
    const due = new Date(nextReminderAt(beforeChange, 1, 9));
    expect([due.getDate(), due.getHours()]).toEqual([30, 9]);
  });
});

import { nextReminderAt } from '@/lib/journal/next-reminder';
import type { ReflectionReminder } from '@/lib/storage/reflection-reminder';
import { t } from '@/lib/i18n';

/** The alarm's and the notification's name: one of each, replaced whenever the choice changes. */
export const REMINDER_ID = 'heartdesk-weekly-reflection';

/** Where the notification leads: the journal, scrolled to and focused on this week. */
export const JOURNAL_WEEK_PATH = '/journal.html#week';

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

/** The browser as the reminder needs it; handed in so the logic is tested without one. */
export interface ReminderEnv {
  load(): Promise<ReflectionReminder>;
  now(): number;
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): Promise<boolean>;
  };
  /** Whether the agent allowed notifications (an optional permission they may also revoke). */
  mayNotify(): Promise<boolean>;
  notify(id: string, options: NotificationOptions): Promise<unknown>;
  clearNotification(id: string): Promise<unknown>;
  openTab(path: string): Promise<unknown>;
  iconUrl: string;
}

/**
 * Sets the one alarm for the next reminder, or none when it is off. Called when the
 * background starts, when the choice changes and after each reminder, so a
 * change of clock or time zone is picked up at the next chance.
 */
export async function scheduleReminder(env: ReminderEnv): Promise<number | undefined> {
  const reminder = await env.load();
  await env.alarms.clear(REMINDER_ID);
  if (!reminder.enabled) return undefined;
  const when = nextReminderAt(env.now(), reminder.weekday, reminder.hour);
  await env.alarms.create(REMINDER_ID, { when });
  return when;
}

/**
 * The alarm fired: show the notification if the reminder is still on and the
 * browser still lets us (the agent may have revoked it), then set the next one.
 * A computer asleep at the hour gets its reminder when it wakes, once.
 */
export async function onReminderAlarm(env: ReminderEnv, alarmName: string): Promise<boolean> {
  if (alarmName !== REMINDER_ID) return false;
  const reminder = await env.load();
  const shown = reminder.enabled && (await env.mayNotify());
  if (shown) {
    await env.notify(REMINDER_ID, {
      type: 'basic',
      iconUrl: env.iconUrl,
      title: t('reminder_notificationTitle'),
      message: t('reminder_notificationMessage'),
    });
  }
  await scheduleReminder(env);
  return shown;
}

/** The agent clicked the reminder: open the journal at this week. */
export async function onReminderClicked(env: ReminderEnv, notificationId: string): Promise<boolean> {
  if (notificationId !== REMINDER_ID) return false;
  await env.clearNotification(REMINDER_ID);
  await env.openTab(JOURNAL_WEEK_PATH);
  return true;
}

import { browser } from 'wxt/browser';
import { loadReminder } from '@/lib/storage/reflection-reminder';
import { onReminderClicked, type ReminderEnv } from '@/lib/background/weekly-reminder';

/**
 * The real browser behind the weekly reminder. `notifications` is an optional
 * permission: its API may be missing until the agent allows it, so every use
 * looks it up at that moment.
 */
export function browserReminderEnv(): ReminderEnv {
  return {
    load: loadReminder,
    now: () => Date.now(),
    alarms: browser.alarms,
    mayNotify: async () =>
      browser.notifications !== undefined && (await browser.permissions.contains({ permissions: ['notifications'] })),
    notify: (id, options) => browser.notifications.create(id, options),
    clearNotification: (id) => browser.notifications?.clear(id) ?? Promise.resolve(false),
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/journal.html') }),
    iconUrl: browser.runtime.getURL('/notification-icon.png'),
  };
}

/**
 * Listens for clicks on the reminder once the notifications API exists: at start
 * when the permission was already granted, else when the agent grants it.
 */
export function listenForReminderClicks(env: ReminderEnv): void {
  const onClicked = (id: string) => void onReminderClicked(env, id);
  const attach = () => {
    const events = browser.notifications?.onClicked;
    if (events && !events.hasListener(onClicked)) events.addListener(onClicked);
  };
  attach();
  browser.permissions.onAdded.addListener(attach);
}

import { storage } from 'wxt/utils/storage';

/**
 * When the agent last exported a JSON backup (epoch ms, 0 = never). Local, not
 * synced: a backup file lives on this machine. Drives the "back up now" reminder.
 */
export const lastExportAtItem = storage.defineItem<number>('local:journalLastExportAt', {
  fallback: 0,
  version: 1,
});

/** Remind after this many new wins since the last backup. */
export const BACKUP_REMINDER_AFTER = 25;

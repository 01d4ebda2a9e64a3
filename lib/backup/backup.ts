import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { loadCustomPacks } from '@/lib/storage/custom-packs';
import { loadPreferences } from '@/lib/storage/settings';

/**
 * A full copy taken before a wipe. The journal page owns the import format for
 * wins; this file carries the same wins plus settings and custom packs so
 * nothing the agent made is lost by wiping.
 */
export const BACKUP_FORMAT = 'heartdesk-backup';
export const BACKUP_VERSION = 1;

export async function buildBackup(db: JournalDatabase = journalDb(), now = Date.now()) {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    wins: await db.wins.orderBy('createdAt').toArray(),
    preferences: await loadPreferences(),
    customPacks: await loadCustomPacks(),
  };
}

export function backupFileName(now = Date.now()): string {
  return `heartdesk-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

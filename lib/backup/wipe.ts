import { storage } from 'wxt/utils/storage';
import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { syncOrLocal } from '@/lib/storage/storage-keys';

/** The phrase the agent types to confirm; compared after trimming and ignoring case. */
export const WIPE_CONFIRMATION_PHRASE = 'delete my journal';

export function isWipeConfirmed(typed: string, phrase = WIPE_CONFIRMATION_PHRASE): boolean {
  return typed.trim().toLowerCase() === phrase.toLowerCase();
}

/**
 * Everything Heartdesk keeps on this machine: every journal table, then local
 * and synced settings. The journal goes first: if storage fails afterwards the
 * agent sees an error and the wins are already gone, as they asked.
 */
export async function wipeEverything(db: JournalDatabase = journalDb()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await storage.clear('local');
  if (syncOrLocal() === 'sync') await storage.clear('sync');
}

import Dexie from 'dexie';
import type { JournalDatabase } from '@/lib/db/database';
import { JournalOpenError, isQuotaError } from '@/lib/db/errors';
import { repairRecentRows } from '@/lib/db/repair-rows';

export interface OpenJournalOptions {
  /** Called when a newer Heartdesk page upgrades the journal: this connection has closed itself. */
  onReplaced?: () => void;
}

/**
 * Opens the journal or fails with a typed JournalOpenError, never hangs: an
 * upgrade blocked by another page holding the old version rejects at once with
 * 'blocked' (IndexedDB would otherwise wait silently until that page closes).
 * Dexie's default versionchange handler closes this connection so our own
 * upgrades elsewhere are never blocked by us; onReplaced lets the page say so.
 */
export async function openJournal(db: JournalDatabase, options: OpenJournalOptions = {}): Promise<JournalDatabase> {
  if (db.isOpen()) return db;
  db.on('versionchange', () => {
    options.onReplaced?.();
  });
  let reportBlocked: ((error: JournalOpenError) => void) | undefined;
  const blocked = new Promise<never>((_, reject) => {
    reportBlocked = reject;
  });
  const onBlocked = () => reportBlocked?.(new JournalOpenError('blocked'));
  db.on('blocked', onBlocked);
  try {
    await Promise.race([db.open(), blocked]);
  } catch (error) {
    throw toOpenError(error);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
  // Best effort: a failed repair (e.g. quota) must not hide the journal; search still derives words on read.
  await repairRecentRows(db).catch(() => 0);
  return db;
}

function toOpenError(error: unknown): JournalOpenError {
  if (error instanceof JournalOpenError) return error;
  if (isQuotaError(error)) return new JournalOpenError('storage-full', error);
  const name = (error as { name?: string } | undefined)?.name;
  if (name === Dexie.errnames.MissingAPI || name === Dexie.errnames.InvalidState) {
    return new JournalOpenError('unavailable', error);
  }
  return new JournalOpenError('upgrade-failed', error);
}

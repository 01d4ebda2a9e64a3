import { browser } from 'wxt/browser';
import type { JournalDatabase } from '@/lib/db/database';
import { partsToBlob } from '@/lib/journal/blob-parts';
import { streamWins } from '@/lib/db/win-stream';
import { lastExportAtItem } from '@/lib/db/last-export';
import { dayKey } from '@/lib/journal/calendar';
import { backupFileParts, type SmallPart } from '@/lib/journal/export-backup';
import { NUDGE_STATS_PART_VERSION } from '@/lib/journal/nudge-stats-part';
import { STORAGE_PARTS } from '@/lib/backup/backup-parts';

/** The Heartdesk version that writes the file, named when a newer file is refused elsewhere. */
export function heartdeskVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

async function smallParts(db: JournalDatabase): Promise<SmallPart[]> {
  const parts = await Promise.all(
    STORAGE_PARTS.map(async (part) => ({ id: part.id, version: await part.version(), data: await part.read() })),
  );
  const nudgeStats = await db.nudgeStats.toArray();
  return [...parts, { id: 'nudgeStats', version: NUDGE_STATS_PART_VERSION, data: nudgeStats }];
}

/** The whole backup as one file: everything the agent made, wins streamed oldest first. */
export async function backupBlob(db: JournalDatabase, now = Date.now(), madeBy = heartdeskVersion()): Promise<Blob> {
  const parts = await smallParts(db);
  return partsToBlob(backupFileParts({ exportedAt: now, madeBy }, parts, streamWins(db)), 'application/json');
}

export function backupFileName(now = Date.now()): string {
  return `heartdesk-backup-${dayKey(now)}.json`;
}

/**
 * What both "Back up" buttons do (journal page, Options → Privacy): write the file,
 * hand it to `save` (the page's download), then note the time for the backup reminder.
 */
export async function saveBackup(
  db: JournalDatabase,
  save: (blob: Blob, fileName: string) => void,
  now = Date.now(),
): Promise<void> {
  save(await backupBlob(db, now), backupFileName(now));
  await lastExportAtItem.setValue(now);
}

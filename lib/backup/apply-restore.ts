import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { JournalDatabase } from '@/lib/db/database';
import { importJournal } from '@/lib/db/import-wins';
import { lastExportAtItem } from '@/lib/db/last-export';
import type { RestorePlan, StorageWrite } from '@/lib/backup/plan-restore';

/** WXT keeps an item's version beside it under `<key>$`; a restored value carries the version it was migrated to. */
const metaKeyOf = (key: StorageItemKey): StorageItemKey => `${key}$`;

async function write(writes: readonly StorageWrite[]): Promise<void> {
  const removed = writes.filter((entry) => entry.value === null);
  const kept = writes.filter((entry) => entry.value !== null);
  if (kept.length > 0) {
    await storage.setItems(
      kept.flatMap((entry) => [
        { key: entry.key, value: entry.value },
        { key: metaKeyOf(entry.key), value: { v: entry.version } },
      ]),
    );
  }
  if (removed.length > 0) await storage.removeItems(removed.map((entry) => entry.key));
}

/** What the written keys held before, to put back if the journal's part fails. */
async function snapshot(writes: readonly StorageWrite[]): Promise<StorageWrite[]> {
  const keys = writes.flatMap((entry) => [entry.key, metaKeyOf(entry.key)]);
  const before = await storage.getItems(keys);
  return before.map(({ key, value }) => ({ key, version: 0, value: value ?? null }));
}

async function putBack(previous: readonly StorageWrite[]): Promise<void> {
  const present = previous.filter((entry) => entry.value !== null);
  const absent = previous.filter((entry) => entry.value === null);
  if (present.length > 0) await storage.setItems(present.map((entry) => ({ key: entry.key, value: entry.value })));
  if (absent.length > 0) await storage.removeItems(absent.map((entry) => entry.key));
}

/**
 * Carries out a plan, all or nothing as far as the browser allows: the small
 * storage parts are written first and their previous values kept; then the wins
 * and nudge counters in one IndexedDB transaction. If that fails (a full disk),
 * IndexedDB rolls itself back and the storage parts are put back as they were,
 * and the error is passed on for the page to say so.
 */
export async function applyRestore(
  db: JournalDatabase,
  plan: RestorePlan,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const previous = await snapshot(plan.writes);
  try {
    await write(plan.writes);
    if (plan.wins || plan.nudgeStats) {
      await importJournal(
        db,
        { mode: plan.mode, wins: plan.wins?.wins ?? [], nudgeStats: plan.nudgeStats },
        onProgress,
      );
    }
  } catch (error) {
    await putBack(previous).catch(() => undefined);
    throw error;
  }
  if (plan.backedUpAt !== undefined && plan.backedUpAt > (await lastExportAtItem.getValue()))
    await lastExportAtItem.setValue(Math.min(plan.backedUpAt, Date.now()));
}

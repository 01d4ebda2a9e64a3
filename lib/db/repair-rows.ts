import type { JournalDatabase } from '@/lib/db/database';
import { guardQuota } from '@/lib/db/errors';
import { toWin, wordsRowFor } from '@/lib/db/win-row';

/** Rows an older build could have written since the last open are the newest ones; this many are checked. */
export const REPAIR_WINDOW = 500;

/**
 * Rollback then forward (quality.md 3): a build older than v3 reinstalled over
 * this one writes wins without their row in `winWords`. On open, the newest wins
 * are checked and their words written, idempotently; while the background pass
 * of a large import runs, search reads rows and needs no repair.
 */
export async function repairRecentRows(db: JournalDatabase, window = REPAIR_WINDOW): Promise<number> {
  const recent = await db.wins.orderBy('[createdAt+id]').reverse().limit(window).toArray();
  const indexed = await db.winWords.bulkGet(recent.map((row) => row.id));
  const missing = recent.filter((_, index) => indexed[index] === undefined);
  if (missing.length > 0) await guardQuota(() => db.winWords.bulkPut(missing.map((row) => wordsRowFor(toWin(row)))));
  return missing.length;
}

import type { JournalDatabase } from '@/lib/db/database';
import { toRow, toWin, wordsForRecord, type WinRow } from '@/lib/db/win-row';

/** Rows an older build could have written since the last open are the newest ones; this many are checked. */
export const REPAIR_WINDOW = 500;

function needsWords(row: WinRow): boolean {
  return !Array.isArray(row.words);
}

/**
 * Rollback then forward (quality.md 3): an older build reinstalled over this
 * one opens the v2 database (Dexie 4 allows it) and writes rows without the
 * derived `words`. On open, the newest rows are checked and repaired
 * idempotently; older gaps are still found because the search filter derives
 * missing words on read (see wordsOf).
 */
export async function repairRecentRows(db: JournalDatabase, window = REPAIR_WINDOW): Promise<number> {
  const recent = await db.wins.orderBy('[createdAt+id]').reverse().limit(window).toArray();
  const broken = recent.filter(needsWords);
  if (broken.length > 0) await db.wins.bulkPut(broken.map((row) => toRow(toWin(row))));
  return broken.length;
}

/** The row's words, derived on read when an older build left them out. */
export function wordsOf(row: WinRow): readonly string[] {
  return Array.isArray(row.words) ? row.words : wordsForRecord(row);
}

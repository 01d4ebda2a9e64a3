import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import { toRow, toWin, wordsRowFor } from '@/lib/db/win-row';
import { guardQuota } from '@/lib/db/errors';
import { WORDS_CURSOR_KEY, WORDS_PENDING_KEY } from '@/lib/db/meta-keys';

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  /** Ids not in the journal yet. */
  added: number;
  /** Ids present with different content (the file's version wins). */
  changed: number;
  unchanged: number;
  /** Replace only: wins in the journal that the file does not have. */
  removed: number;
}

const PREVIEW_CHUNK = 2000;

/** Field by field: toWin puts both in one key order, so a file written in another order is not "changed". */
function sameWin(a: Win, b: Win): boolean {
  return JSON.stringify(toWin(a)) === JSON.stringify(toWin(b));
}

/** What an import would do, read in chunks by primary key; changes nothing. */
export async function previewImport(
  db: JournalDatabase,
  wins: readonly Win[],
  mode: ImportMode,
): Promise<ImportPreview> {
  const preview: ImportPreview = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (let start = 0; start < wins.length; start += PREVIEW_CHUNK) {
    const chunk = wins.slice(start, start + PREVIEW_CHUNK);
    const existing = await db.wins.bulkGet(chunk.map((win) => win.id));
    chunk.forEach((win, index) => {
      const row = existing[index];
      if (!row) preview.added += 1;
      else if (sameWin(row, win)) preview.unchanged += 1;
      else preview.changed += 1;
    });
  }
  if (mode === 'replace') {
    const total = await db.wins.count();
    preview.removed = total - preview.changed - preview.unchanged;
  }
  return preview;
}

const WRITE_CHUNK = 2000;

/**
 * Up to this many wins get their search words in the import's own transaction;
 * beyond it the words follow in the background (lib/db/word-index.ts), which makes
 * a 100,000-win restore about three times quicker to commit.
 */
export const INLINE_WORDS_LIMIT = 5000;

export interface JournalImport {
  mode: ImportMode;
  wins: readonly Win[];
  /** Private nudge counters from a full backup; merged by day and rule, or replacing all. */
  nudgeStats?: readonly NudgeStatRow[];
}

/**
 * Writes already-validated data in ONE read-write transaction: a failure at any
 * point (quota, crash, closed tab) rolls back everything, so "replace" leaves the
 * old journal or the new one, never a mix. Inside the transaction there is no
 * try/catch (a caught error would let a partial batch commit) and no await on
 * anything but IndexedDB (that would commit it early).
 */
export async function importJournal(
  db: JournalDatabase,
  { mode, wins, nudgeStats }: JournalImport,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const rows = wins.map(toRow);
  const inlineWords = rows.length <= INLINE_WORDS_LIMIT;
  const tables = [db.wins, db.winWords, db.meta, ...(nudgeStats ? [db.nudgeStats] : [])];
  await guardQuota(() =>
    db.transaction('rw', tables, async () => {
      if (mode === 'replace') {
        await db.wins.clear();
        await db.winWords.clear();
        if (nudgeStats) await db.nudgeStats.clear();
      }
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        const chunk = rows.slice(start, start + WRITE_CHUNK);
        await db.wins.bulkPut(chunk);
        if (inlineWords) await db.winWords.bulkPut(chunk.map(wordsRowFor));
        onProgress?.(Math.min(start + WRITE_CHUNK, rows.length), rows.length);
      }
      if (!inlineWords) {
        await db.meta.put({ key: WORDS_PENDING_KEY, value: 1 });
        await db.meta.delete(WORDS_CURSOR_KEY);
      } else if (mode === 'replace') {
        // Every win now has its words: an unfinished background pass has nothing left to do.
        await db.meta.bulkDelete([WORDS_PENDING_KEY, WORDS_CURSOR_KEY]);
      }
      if (nudgeStats && nudgeStats.length > 0) await db.nudgeStats.bulkPut([...nudgeStats]);
    }),
  );
}

/** The journal page's and the tests' shorthand: wins only. */
export function importWins(
  db: JournalDatabase,
  wins: readonly Win[],
  mode: ImportMode,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  return importJournal(db, { mode, wins }, onProgress);
}

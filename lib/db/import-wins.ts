import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { toRow, toWin } from '@/lib/db/win-row';
import { guardQuota } from '@/lib/db/errors';

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

function sameWin(a: Win, b: Win): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
      else if (sameWin(toWin(row), win)) preview.unchanged += 1;
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
 * Writes already-validated wins in ONE read-write transaction: a failure at
 * any point (quota, crash, closed tab) rolls back everything, so "replace"
 * leaves the old journal or the new one, never a mix. Inside the transaction
 * there is no try/catch (a caught error would let a partial batch commit) and
 * no await on anything but IndexedDB (that would commit it early).
 */
export async function importWins(
  db: JournalDatabase,
  wins: readonly Win[],
  mode: ImportMode,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const rows = wins.map(toRow);
  await guardQuota(() =>
    db.transaction('rw', db.wins, async () => {
      if (mode === 'replace') await db.wins.clear();
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        await db.wins.bulkPut(rows.slice(start, start + WRITE_CHUNK));
        onProgress?.(Math.min(start + WRITE_CHUNK, rows.length), rows.length);
      }
    }),
  );
}

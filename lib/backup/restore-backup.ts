import type { JournalDatabase } from '@/lib/db/database';
import { importWins, type ImportMode } from '@/lib/db/import-wins';
import { parseBackup, type ImportRefusal } from '@/lib/journal/import-backup';

export type RestoreResult = { ok: true; imported: number } | { ok: false; refusal: ImportRefusal };

/**
 * The whole import: judge the entire file first, then one write transaction.
 * A refusal changes nothing; a write failure (quota) rolls back and throws.
 */
export async function restoreBackup(
  db: JournalDatabase,
  text: string,
  mode: ImportMode,
  onProgress?: (written: number, total: number) => void,
): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  await importWins(db, parsed.wins, mode, onProgress);
  return { ok: true, imported: parsed.wins.length };
}

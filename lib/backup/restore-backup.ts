import type { JournalDatabase } from '@/lib/db/database';
import type { ImportMode } from '@/lib/db/import-wins';
import type { Refused } from '@/lib/journal/backup-refusal';
import { readBackup } from '@/lib/backup/read-backup';
import { planRestore, type RestorePlan } from '@/lib/backup/plan-restore';
import { applyRestore } from '@/lib/backup/apply-restore';

/**
 * Read, plan and apply in one go, for callers with no one to show a preview to
 * (tests, the bench). The journal page shows the plan before it applies it.
 */
export async function restoreBackup(
  db: JournalDatabase,
  text: string,
  mode: ImportMode,
): Promise<{ ok: true; plan: RestorePlan } | Refused> {
  const read = await readBackup(text);
  if (!read.ok) return read;
  const planned = await planRestore(db, read.backup, mode);
  if (!planned.ok) return planned;
  await applyRestore(db, planned.plan);
  return planned;
}

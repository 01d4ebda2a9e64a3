import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { JournalDatabase } from '@/lib/db/database';
import { previewImport, type ImportMode, type ImportPreview } from '@/lib/db/import-wins';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import type { Win } from '@/lib/journal/win-schema';
import type { Refused } from '@/lib/journal/backup-refusal';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { STORAGE_PARTS } from '@/lib/backup/backup-parts';
import type { CheckedBackup } from '@/lib/backup/read-backup';
import { mergeById } from '@/lib/backup/merge-by-id';
import { describeChanges } from '@/lib/backup/describe-changes';

export interface PreviewLine {
  /** The part's id in the file, for tests and styling. */
  part: string;
  /** Its name as the agent reads it ("Prompt sets"). */
  label: string;
  text: string;
  /** 'change': restoring changes it; 'same': nothing to do; 'missing': not in this file, left as it is. */
  kind: 'change' | 'same' | 'missing';
}

export interface StorageWrite {
  key: StorageItemKey;
  version: number;
  /** null removes the item. */
  value: unknown;
}

/** Exactly what a restore will do; applyRestore does this and nothing else. */
export interface RestorePlan {
  mode: ImportMode;
  wins?: { wins: Win[]; preview: ImportPreview };
  nudgeStats?: NudgeStatRow[];
  writes: StorageWrite[];
  lines: PreviewLine[];
  /** When the file was written: every win created before it is in a backup (the reminder counts from there). */
  backedUpAt?: number;
}

const PART_LABELS: Record<string, () => string> = {
  wins: () => t('backup_part_wins'),
  nudgeStats: () => t('backup_part_nudgeStats'),
  ...Object.fromEntries(STORAGE_PARTS.map((part) => [part.id, part.label])),
};

function winsLine(preview: ImportPreview, repeated: number): PreviewLine {
  const clauses = [
    preview.added > 0 && tCount('backup_countNew', preview.added),
    preview.changed > 0 && tCount('backup_countUpdated', preview.changed),
    preview.unchanged > 0 && tCount('backup_countAlreadyHere', preview.unchanged),
    preview.removed > 0 && tCount('backup_countRemoved', preview.removed),
    repeated > 0 && tCount('backup_countRepeated', repeated),
  ].filter((clause): clause is string => Boolean(clause));
  const changes = preview.added + preview.changed + preview.removed;
  const text =
    clauses.length === 0
      ? t('backup_winsNone')
      : t('backup_partChanges', t('backup_part_wins'), clauses.join(t('backup_listSeparator')));
  return { part: 'wins', label: t('backup_part_wins'), text, kind: changes > 0 ? 'change' : 'same' };
}

const statKey = (row: NudgeStatRow) => `${row.day}|${row.ruleId}`;

/** The restore of a checked backup in `mode`, against what is stored now; reads only. */
export async function planRestore(
  db: JournalDatabase,
  backup: CheckedBackup,
  mode: ImportMode,
): Promise<{ ok: true; plan: RestorePlan } | Refused> {
  const exportedAt = Date.parse(backup.file.exportedAt ?? '');
  const plan: RestorePlan = { mode, writes: [], lines: [], ...(exportedAt > 0 && { backedUpAt: exportedAt }) };
  if (backup.wins) {
    const preview = await previewImport(db, backup.wins.wins, mode);
    plan.wins = { wins: backup.wins.wins, preview };
    plan.lines.push(winsLine(preview, backup.wins.repeated));
  }
  if (backup.nudgeStats) {
    const merged = mergeById(await db.nudgeStats.toArray(), backup.nudgeStats, statKey, mode);
    plan.nudgeStats = backup.nudgeStats;
    const label = t('backup_part_nudgeStats');
    plan.lines.push(
      merged.changes === 0
        ? { part: 'nudgeStats', label, text: t('backup_listSame', label), kind: 'same' }
        : { part: 'nudgeStats', label, text: describeChanges(label, merged), kind: 'change' },
    );
  }
  const storedNow = await storage.getItems(STORAGE_PARTS.map((part) => part.key));
  for (const [index, part] of STORAGE_PARTS.entries()) {
    if (!backup.stored.has(part.id)) continue;
    const outcome = part.combine(backup.stored.get(part.id), storedNow[index]?.value ?? undefined, mode);
    if ('ok' in outcome) return outcome;
    plan.lines.push({
      part: part.id,
      label: part.label(),
      text: outcome.summary,
      kind: outcome.write ? 'change' : 'same',
    });
    if (outcome.write) plan.writes.push({ key: part.key, version: await part.version(), value: outcome.value });
  }
  for (const id of backup.missing) {
    const label = PART_LABELS[id]?.() ?? id;
    plan.lines.push({ part: id, label, text: t('backup_missingPart', label), kind: 'missing' });
  }
  return { ok: true, plan };
}

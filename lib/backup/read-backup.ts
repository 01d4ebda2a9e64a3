import type { Win } from '@/lib/journal/win-schema';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import type { BackupFile } from '@/lib/journal/backup-format';
import type { Refused } from '@/lib/journal/backup-refusal';
import { readBackupFile } from '@/lib/journal/read-backup-file';
import { readWinsPart } from '@/lib/journal/wins-part';
import { readNudgeStatsPart } from '@/lib/journal/nudge-stats-part';
import { knownPartVersions, STORAGE_PARTS } from '@/lib/backup/backup-parts';

/** A backup whose every part passed its checks: nothing is written before this exists. */
export interface CheckedBackup {
  file: Omit<BackupFile, 'parts'>;
  /** Absent when the file has no wins part (never for a file Heartdesk wrote). */
  wins?: { wins: Win[]; repeated: number };
  nudgeStats?: NudgeStatRow[];
  /** Storage parts present in the file, by id, as this version's data. */
  stored: Map<string, unknown>;
  /** Parts this build restores that the file does not hold (an older file): left as they are. */
  missing: string[];
}

/**
 * Judges the whole file, part by part, before anything is written (quality.md 9):
 * the first problem found is the one reason given, and nothing changes.
 */
export async function readBackup(text: string): Promise<{ ok: true; backup: CheckedBackup } | Refused> {
  const read = readBackupFile(text, await knownPartVersions());
  if (!read.ok) return read;
  const { parts, ...file } = read.file;
  const backup: CheckedBackup = { file, stored: new Map(), missing: [] };
  const winsPart = parts.get('wins');
  if (winsPart) {
    const wins = readWinsPart(winsPart);
    if (!wins.ok) return wins;
    backup.wins = { wins: wins.wins, repeated: wins.repeated };
  } else backup.missing.push('wins');
  const statsPart = parts.get('nudgeStats');
  if (statsPart) {
    const stats = readNudgeStatsPart(statsPart);
    if (!stats.ok) return stats;
    backup.nudgeStats = stats.rows;
  } else backup.missing.push('nudgeStats');
  for (const part of STORAGE_PARTS) {
    const data = parts.get(part.id);
    if (!data) {
      backup.missing.push(part.id);
      continue;
    }
    const parsed = part.parse(data.data, data.version);
    if (!parsed.ok) return parsed;
    backup.stored.set(part.id, parsed.value);
  }
  return { ok: true, backup };
}

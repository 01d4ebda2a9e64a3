/**
 * The one backup file for everything the agent made (issue 16):
 *
 *   { "format": "heartdesk-backup", "version": 2, "exportedAt": "…", "madeBy": "0.1.0",
 *     "parts": { "<part>": { "version": n, "data": … }, …, "wins": { "version": 3, "data": [ … ] } } }
 *
 * Each part (wins, settings, prompt sets, sites, page recipes…) carries its own
 * version, so a part added later needs no new envelope: an older file simply does
 * not have it (restored without it, and the preview says so), and a newer one
 * that has a part this build does not know is refused, naming who made it.
 * Files written before the parts existed still restore (lib/journal/read-backup-file.ts).
 */
export const BACKUP_FORMAT = 'heartdesk-backup';

/** 1: the options page's backup before issue 16 (stored rows, preferences, customPacks at the top). */
export const BACKUP_FORMAT_VERSION = 2;

/** The journal page's export before issue 16: `{ format, schemaVersion: 1 | 2, exportedAt, wins }`. */
export const JOURNAL_EXPORT_FORMAT = 'heartdesk-journal';
export const JOURNAL_EXPORT_LAST_VERSION = 2;

/**
 * The wins part's record shape. 1 and 2 had the same public fields; the options
 * page's old backup wrote stored rows with their derived `words`, dropped on the
 * way in. 3 added `ticketSubject` and `note`.
 */
export const WINS_PART_VERSION = 3;

/** Refuse before reading: a journal of 100,000 long wins is far below this. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Real backups nest under 10 levels (envelope → parts → packs → prompts → triggers); anything far deeper is not ours. */
export const MAX_JSON_DEPTH = 32;

export interface BackupPart {
  version: number;
  data: unknown;
}

/** A file judged sound as a whole; each part's data is still unchecked (the part's reader checks it). */
export interface BackupFile {
  /** What wrote it: a format version of `heartdesk-backup`, or `journal-export` for the journal page's old file. */
  writtenAs: 'backup-v2' | 'backup-v1' | 'journal-export';
  /** Heartdesk's version that wrote it, when the file says. */
  madeBy?: string;
  exportedAt?: string;
  parts: ReadonlyMap<string, BackupPart>;
}

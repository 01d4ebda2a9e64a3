/**
 * The JSON backup envelope. `schemaVersion` is the journal's database version
 * (lib/db/database.ts SCHEMA_VERSION) at export time; older files are brought
 * forward by BACKUP_UPGRADES, newer ones are refused.
 */
export const BACKUP_FORMAT = 'heartdesk-journal';

/** Refuse before reading: a journal of 100,000 long wins is far below this. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Real backups nest 3 levels (envelope → wins → win → tags); anything deeper is not ours. */
export const MAX_JSON_DEPTH = 16;

/**
 * Record upgrades of the backup's public win shape, keyed by the version they
 * produce. v1 → v2 changed only a stored, derived field (search words), which
 * every import re-derives with wordsForRecord (lib/db/win-row.ts), the very
 * function the database's v2 upgrade runs, so the public shape passes through.
 */
export const BACKUP_UPGRADES: Record<number, (record: unknown) => unknown> = {
  2: (record) => record,
};

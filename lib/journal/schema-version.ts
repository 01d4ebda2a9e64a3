/** The newest version declared in database.ts; JSON backups carry it as `schemaVersion`. Bump both together. */
export const SCHEMA_VERSION = 2;

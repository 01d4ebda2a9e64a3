/** The newest version declared in lib/db/database.ts (kept here so pure code can name it). Bump both together. */
export const SCHEMA_VERSION = 3;

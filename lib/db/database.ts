import Dexie, { type EntityTable } from 'dexie';
import type { Win } from './win-schema';

export const DATABASE_NAME = 'heartdesk-journal';

/**
 * The journal, in the extension's own origin only (never opened by a content
 * script: that would create it in the helpdesk's origin).
 *
 * Versions are an append-only, dated log. Never edit a released version; add a
 * new one below it with its upgrade and a test that seeds the previous version.
 * Index only what `where()`/`orderBy()` use.
 */
export class JournalDatabase extends Dexie {
  wins!: EntityTable<Win, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1 (2026-11-22): wins by creation time, kind, multi-entry tags and ticket link.
    this.version(1).stores({
      wins: 'id, createdAt, kind, *tags, ticketUrl',
    });
  }
}

let shared: JournalDatabase | undefined;

/** The one connection of an extension page or the background. */
export function journalDb(): JournalDatabase {
  shared ??= new JournalDatabase();
  return shared;
}

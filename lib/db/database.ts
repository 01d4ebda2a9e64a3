import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import { wordsForRecord, type WinRow } from '@/lib/db/win-row';

export const DATABASE_NAME = 'heartdesk-journal';

export { SCHEMA_VERSION } from '@/lib/journal/schema-version';

/** Bookkeeping rows: `upgrade:<n>` counts how often upgrade n ran (tests prove "exactly once"). */
export interface MetaRow {
  key: string;
  value: number;
}

export type Upgrade = (tx: Transaction) => Promise<unknown>;

/** v1 → v2: derive the search words of every existing win (same tokeniser as saveWin and imports). */
export const upgradeToV2: Upgrade = async (tx) => {
  await tx
    .table('wins')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.words = wordsForRecord(row);
    });
  await countUpgradeRun(tx, 2);
};

async function countUpgradeRun(tx: Transaction, version: number): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const key = `upgrade:${version}`;
  const previous = await meta.get(key);
  await meta.put({ key, value: (previous?.value ?? 0) + 1 });
}

export interface Upgrades {
  toV2: Upgrade;
}

/**
 * The journal, in the extension's own origin only (never opened by a content
 * script: that would create it in the helpdesk's origin).
 *
 * Versions are an append-only, dated log. Never edit a released version; add a
 * new one below it with its upgrade and a test that seeds the previous version.
 * Index only what `where()`/`orderBy()` use. An upgrade runs inside IndexedDB's
 * versionchange transaction: if it throws, the database stays at the old
 * version with its rows untouched.
 */
export class JournalDatabase extends Dexie {
  wins!: EntityTable<WinRow, 'id'>;
  nudgeStats!: Dexie.Table<NudgeStatRow, [string, string]>;
  meta!: EntityTable<MetaRow, 'key'>;

  /** `upgrades` is replaceable so tests can prove a failing upgrade leaves v1 intact. */
  constructor(name = DATABASE_NAME, upgrades: Upgrades = { toV2: upgradeToV2 }) {
    super(name);
    // v1 (2026-11-22): wins by creation time, kind, multi-entry tags and ticket link.
    this.version(1).stores({
      wins: 'id, createdAt, kind, *tags, ticketUrl',
    });
    // v2 (2026-11-22): full-text `*words`; `[createdAt+id]` for key-based paging that
    // stays exact when many wins share a timestamp (imports); private nudge stats
    // per local day and rule; meta for upgrade bookkeeping.
    this.version(2)
      .stores({
        wins: 'id, createdAt, kind, *tags, ticketUrl, *words, [createdAt+id]',
        nudgeStats: '[day+ruleId], day, ruleId',
        meta: 'key',
      })
      .upgrade((tx) => upgrades.toV2(tx));
  }
}

let shared: JournalDatabase | undefined;

/** The one connection of an extension page or the background. */
export function journalDb(): JournalDatabase {
  shared ??= new JournalDatabase();
  return shared;
}

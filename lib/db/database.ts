import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { announceWinChanges } from '@/lib/db/journal-changes';
import type { NudgeStatRow } from '@/lib/journal/nudge-stat-row';
import { wordsForRecord, type WinRow, type WordsRow } from '@/lib/db/win-row';
import { WORDS_PENDING_KEY } from '@/lib/db/meta-keys';

export const DATABASE_NAME = 'heartdesk-journal';

export { SCHEMA_VERSION } from '@/lib/journal/schema-version';

/**
 * Bookkeeping rows: `upgrade:<n>` counts how often upgrade n ran (tests prove "exactly once");
 * lib/db/meta-keys.ts names the others.
 */
export interface MetaRow {
  key: string;
  value: number | [number, string];
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

/**
 * v2 → v3: the search words move to their own table, filled in the background
 * (lib/db/word-index.ts) rather than inside this versionchange transaction, so
 * opening a large journal is not held up. Rows keep their stale `words` property
 * until they are next written; toWin never lets it out.
 */
export const upgradeToV3: Upgrade = async (tx) => {
  await tx.table<MetaRow, string>('meta').put({ key: WORDS_PENDING_KEY, value: 1 });
  await countUpgradeRun(tx, 3);
};

async function countUpgradeRun(tx: Transaction, version: number): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const key = `upgrade:${version}`;
  const previous = await meta.get(key);
  const runs = typeof previous?.value === 'number' ? previous.value : 0;
  await meta.put({ key, value: runs + 1 });
}

export interface Upgrades {
  toV2: Upgrade;
  toV3: Upgrade;
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
  winWords!: EntityTable<WordsRow, 'id'>;
  nudgeStats!: Dexie.Table<NudgeStatRow, [string, string]>;
  meta!: EntityTable<MetaRow, 'key'>;

  /** `upgrades` is replaceable so tests can prove a failing upgrade leaves the older version intact. */
  constructor(name = DATABASE_NAME, replaced: Partial<Upgrades> = {}) {
    const upgrades: Upgrades = { toV2: upgradeToV2, toV3: upgradeToV3, ...replaced };
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
    // v3 (2026-12-06, issue 16): restoring 100,000 wins spent most of its time writing the
    // ~14 index entries per win of `*words`, and `createdAt`, `kind`, `*tags`, `ticketUrl`
    // each cost as much again. Wins keep their key and `[createdAt+id]` (which also serves
    // every createdAt range); words and tags (as `#tag`) live in `winWords`, which a large
    // import fills after it commits. Kind and tag filters read rows, as a page of them is cheap.
    // A build older than v3 reinstalled over this one can write wins but cannot query
    // the dropped indexes; its rows are indexed again on the next open (repairRecentRows).
    this.version(3)
      .stores({
        wins: 'id, [createdAt+id]',
        winWords: 'id, *words',
      })
      .upgrade((tx) => upgrades.toV3(tx));
    this.use(announceWinChanges);
  }
}

let shared: JournalDatabase | undefined;

/** The one connection of an extension page or the background. */
export function journalDb(): JournalDatabase {
  shared ??= new JournalDatabase();
  return shared;
}

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { exportJsonBackup } from '@/lib/db/journal-exports';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { searchWins } from '@/lib/db/win-search';
import { uniqueDbName } from '@/tests/db/fixtures';
import { journalArbitrary } from '@/tests/journal/arbitraries';

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('roundtrip'));
  await openJournal(db);
});
afterEach(() => db.close());

const EXPORTED_AT = 1_764_806_400_000;
const exportText = async () => (await exportJsonBackup(db, EXPORTED_AT, { chunkSize: 7 })).blob.text();

describe('export → wipe → import → export', () => {
  it('is identical for random journals (unicode, emoji, RTL, huge texts, edge dates)', async () => {
    await fc.assert(
      fc.asyncProperty(journalArbitrary(), fc.constantFrom('merge', 'replace' as const), async (wins, mode) => {
        await db.wins.clear();
        await importWins(db, wins, 'replace');
        const first = await exportText();
        await db.wins.clear();
        const result = await restoreBackup(db, first, mode);
        expect(result).toEqual({ ok: true, imported: wins.length });
        expect(await exportText()).toBe(first);
        const ordered = [...wins].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
        expect(JSON.parse(first).wins).toEqual(ordered);
      }),
      { numRuns: 40 },
    );
  });

  it('re-derives search words on import', async () => {
    const result = await restoreBackup(
      db,
      JSON.stringify({
        format: 'heartdesk-journal',
        schemaVersion: 1,
        wins: [{ id: 'abcdefgh', createdAt: 1, text: 'Érable syrup', kind: 'save', tags: [], source: 'popup' }],
      }),
      'merge',
    );
    expect(result.ok).toBe(true);
    expect((await searchWins(db, { query: 'erable' })).wins).toHaveLength(1);
  });
});

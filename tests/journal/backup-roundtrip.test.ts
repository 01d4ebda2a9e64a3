import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { backupBlob } from '@/lib/backup/write-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { wipeEverything } from '@/lib/backup/wipe';
import { uniqueDbName } from '@/tests/db/fixtures';
import { journalArbitrary } from '@/tests/journal/arbitraries';

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('roundtrip'));
  await openJournal(db);
});
afterEach(() => db.close());

const EXPORTED_AT = 1_764_806_400_000;
const backupText = async () => (await backupBlob(db, EXPORTED_AT, '0.1.0')).text();

describe('back up → wipe → restore → back up', () => {
  it('is identical for random journals (unicode, emoji, RTL, huge texts, edge dates, subjects, notes)', async () => {
    await fc.assert(
      fc.asyncProperty(journalArbitrary(), fc.constantFrom('merge', 'replace' as const), async (wins, mode) => {
        await wipeEverything(db);
        await importWins(db, wins, 'replace');
        const first = await backupText();
        await wipeEverything(db);
        const result = await restoreBackup(db, first, mode);
        expect(result.ok).toBe(true);
        expect(await backupText()).toBe(first);
        const ordered = [...wins].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
        expect(JSON.parse(first).parts.wins.data).toEqual(ordered);
      }),
      { numRuns: 40 },
    );
  });
});

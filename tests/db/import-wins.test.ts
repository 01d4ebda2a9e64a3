import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins, previewImport } from '@/lib/db/import-wins';
import { exportJsonBackup } from '@/lib/db/journal-exports';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';

let db: JournalDatabase;
let putsBeforeCrash = Infinity;
beforeEach(async () => {
  putsBeforeCrash = Infinity;
  db = new JournalDatabase(uniqueDbName('import'));
  // Simulates the tab dying mid-import: the Nth write request of the transaction fails.
  db.use({
    stack: 'dbcore',
    name: 'crash-mid-import',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            if (request.type === 'put' && --putsBeforeCrash < 0) return Promise.reject(new Error('tab closed'));
            return table.mutate(request);
          },
        };
      },
    }),
  });
  await openJournal(db);
});
afterEach(() => db.close());

const snapshot = async () => (await exportJsonBackup(db, 0)).blob.text();
const old = Array.from({ length: 30 }, (_, i) => makeWin(i, { text: `Old win ${i}` }));
const incoming = Array.from({ length: 5000 }, (_, i) => makeWin(1000 + i, { text: `New win ${i}` }));

describe('importWins', () => {
  it('replace interrupted after the first chunk leaves the old journal, not a mix', async () => {
    await importWins(db, old, 'replace');
    const before = await snapshot();
    putsBeforeCrash = 1;
    const progress: number[] = [];
    await expect(importWins(db, incoming, 'replace', (written) => progress.push(written))).rejects.toThrow(
      'tab closed',
    );
    expect(progress).toEqual([2000]);
    expect(await snapshot()).toBe(before);
  });

  it('replace completes whole, reporting progress per chunk', async () => {
    await importWins(db, old, 'replace');
    const progress: Array<[number, number]> = [];
    await importWins(db, incoming, 'replace', (written, total) => progress.push([written, total]));
    expect(progress).toEqual([
      [2000, 5000],
      [4000, 5000],
      [5000, 5000],
    ]);
    expect(await db.wins.count()).toBe(5000);
    expect(await db.wins.get(old[0]!.id)).toBeUndefined();
  });

  it('merge keeps wins missing from the file and lets the file win on equal ids', async () => {
    await importWins(db, old, 'replace');
    await importWins(db, [{ ...old[0]!, text: 'Edited in the backup' }, makeWin(999)], 'merge');
    expect(await db.wins.count()).toBe(31);
    expect((await db.wins.get(old[0]!.id))?.text).toBe('Edited in the backup');
  });
});

describe('previewImport', () => {
  it('counts added, changed, unchanged and (for replace) removed', async () => {
    await importWins(db, old, 'replace');
    const file = [old[0]!, { ...old[1]!, text: 'changed' }, makeWin(500), makeWin(501)];
    expect(await previewImport(db, file, 'merge')).toEqual({ added: 2, changed: 1, unchanged: 1, removed: 0 });
    expect(await previewImport(db, file, 'replace')).toEqual({ added: 2, changed: 1, unchanged: 1, removed: 28 });
    expect(await db.wins.count()).toBe(30);
  });
});

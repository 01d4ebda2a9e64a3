import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins, INLINE_WORDS_LIMIT, previewImport } from '@/lib/db/import-wins';
import { indexPendingWords, wordsPending } from '@/lib/db/word-index';
import { searchWins } from '@/lib/db/win-search';
import { backupBlob } from '@/lib/backup/write-backup';
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

const snapshot = async () => (await backupBlob(db, 0, '0.1.0')).text();
const old = Array.from({ length: 30 }, (_, i) => makeWin(i, { text: `Old win ${i}` }));
const incoming = Array.from({ length: 5000 }, (_, i) => makeWin(1000 + i, { text: `New win ${i}` }));

describe('importWins', () => {
  it('replace interrupted after the first chunk leaves the old journal, not a mix', async () => {
    await importWins(db, old, 'replace');
    const before = await snapshot();
    // The first chunk's wins and their words go through; the second chunk's wins fail.
    putsBeforeCrash = 2;
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

describe('search words of a large import', () => {
  const large = Array.from({ length: INLINE_WORDS_LIMIT + 1 }, (_, i) =>
    makeWin(i, { text: i === 7 ? 'Rare zebra moment' : `Imported win ${i}`, tags: i === 9 ? ['billing'] : [] }),
  );

  it('a small import writes its words at once, and search uses the index', async () => {
    await importWins(db, old, 'replace');
    expect(await wordsPending(db)).toBe(false);
    expect(await db.winWords.count()).toBe(old.length);
  });

  it('a large import commits without words, finds everything meanwhile, and the background pass fills them', async () => {
    await importWins(db, large, 'replace');
    expect(await wordsPending(db)).toBe(true);
    expect(await db.winWords.count()).toBe(0);
    expect((await searchWins(db, { query: 'zebra' })).wins.map((win) => win.id)).toEqual([large[7]!.id]);
    expect((await searchWins(db, { tag: 'bill' })).wins.map((win) => win.id)).toEqual([large[9]!.id]);
    const chunks = await indexPendingWords(db, { chunk: 2000 });
    expect(chunks).toBe(2);
    expect(await wordsPending(db)).toBe(false);
    expect(await db.winWords.count()).toBe(large.length);
    expect(await db.winWords.where('words').startsWith('zebr').primaryKeys()).toEqual([large[7]!.id]);
  });

  it('never overwrites words written by an edit made after the pass read that win', async () => {
    await importWins(db, large, 'replace');
    const edited = large[3]!;
    // An edit's words carry its later time: a pass holding words from before the edit must keep out.
    await db.winWords.put({ id: edited.id, words: ['edited'], at: edited.createdAt + 1 });
    await indexPendingWords(db, { chunk: 2000 });
    expect((await db.winWords.get(edited.id))?.words).toEqual(['edited']);
    expect((await db.winWords.get(large[4]!.id))?.words).toContain('imported');
  });

  it('the background pass resumes where a closed page left it', async () => {
    await importWins(db, large, 'replace');
    putsBeforeCrash = 2;
    await expect(indexPendingWords(db, { chunk: 1000 })).rejects.toThrow('tab closed');
    expect(await db.winWords.count()).toBe(1000);
    putsBeforeCrash = Infinity;
    expect(await indexPendingWords(db, { chunk: 1000 })).toBe(4);
    expect(await db.winWords.count()).toBe(large.length);
  });
});

describe('previewImport', () => {
  it('counts a win written with its fields in another order as unchanged', async () => {
    const win = makeWin(1, { ticketUrl: 'https://a.example/t/1', site: 'a.example', note: 'n' });
    await importWins(db, [win], 'replace');
    const reordered = Object.fromEntries(Object.entries(win).reverse()) as typeof win;
    expect(await previewImport(db, [reordered], 'merge')).toEqual({ added: 0, changed: 0, unchanged: 1, removed: 0 });
  });

  it('counts added, changed, unchanged and (for replace) removed', async () => {
    await importWins(db, old, 'replace');
    const file = [old[0]!, { ...old[1]!, text: 'changed' }, makeWin(500), makeWin(501)];
    expect(await previewImport(db, file, 'merge')).toEqual({ added: 2, changed: 1, unchanged: 1, removed: 0 });
    expect(await previewImport(db, file, 'replace')).toEqual({ added: 2, changed: 1, unchanged: 1, removed: 28 });
    expect(await db.wins.count()).toBe(30);
  });
});

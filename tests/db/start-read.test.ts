import { afterEach, describe, expect, it, vi } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { overviewCounts } from '@/lib/db/win-stats';
import { isClosedError, startRead } from '@/lib/db/start-read';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterEach(() => {
  unhandled.length = 0;
});

/** Lets every pending IndexedDB callback and promise reaction run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function journalWith(count: number): Promise<JournalDatabase> {
  const db = new JournalDatabase(uniqueDbName('start-read'));
  await openJournal(db);
  await importWins(
    db,
    Array.from({ length: count }, (_, index) => makeWin(index, { createdAt: Date.now() - index * 3_600_000 })),
    'replace',
  );
  return db;
}

describe('startRead', () => {
  it('drops a read cut short when the page goes away and closes the journal, with no unhandled rejection', async () => {
    const db = await journalWith(50);
    const show = vi.fn();
    // The overview reads in several steps, so closing after the first leaves later ones to fail.
    const stop = startRead(() => overviewCounts(db, Date.now(), 104), show);
    stop();
    db.close();
    await settle();
    expect(show).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('drops a closed-database failure even while the page is still showing (another tab wiped the journal)', async () => {
    const db = await journalWith(5);
    db.close();
    const fail = vi.fn();
    startRead(() => db.wins.count(), vi.fn(), fail);
    await settle();
    expect(fail).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('shows the result while current, and not after its effect was cleaned up', async () => {
    const db = await journalWith(3);
    const shown = vi.fn();
    startRead(() => db.wins.count(), shown);
    const late = vi.fn();
    startRead(() => db.wins.count(), late)();
    await settle();
    expect(shown).toHaveBeenCalledWith(3);
    expect(late).not.toHaveBeenCalled();
    db.close();
  });

  it('passes any other failure on, or leaves it visible when nobody handles it', async () => {
    const broken = new TypeError('a real bug');
    const fail = vi.fn();
    startRead(() => Promise.reject(broken), vi.fn(), fail);
    startRead(() => Promise.reject(broken), vi.fn());
    await settle();
    expect(fail).toHaveBeenCalledWith(broken);
    expect(unhandled).toEqual([broken]);
  });
});

describe('isClosedError', () => {
  it('recognises a closed connection, also wrapped, and nothing else', () => {
    expect(isClosedError({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isClosedError({ name: 'AbortError', inner: { name: 'DatabaseClosedError' } })).toBe(true);
    expect(isClosedError({ name: 'QuotaExceededError' })).toBe(false);
    expect(isClosedError(undefined)).toBe(false);
  });
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalDatabase, SCHEMA_VERSION, upgradeToV2 } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { JournalOpenError } from '@/lib/db/errors';
import { winSchema } from '@/lib/journal/win-schema';
import { winWords } from '@/lib/journal/search-words';
import { searchWins } from '@/lib/db/win-search';
import { V1_ROWS, seedV1, uniqueDbName } from '@/tests/db/fixtures';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

describe('v1 → v2 upgrade', () => {
  it('keeps every v1 row, valid, with search words, and runs once', async () => {
    const name = uniqueDbName('v1v2');
    await seedV1(name);
    const db = track(new JournalDatabase(name));
    await openJournal(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.wins.count()).toBe(V1_ROWS.length);
    for (const seeded of V1_ROWS) {
      const row = await db.wins.get(seeded.id);
      const { words, ...win } = row!;
      expect(winSchema.parse(win)).toEqual(seeded);
      expect(words).toEqual(winWords(seeded.text, seeded.tags));
    }
    expect((await db.meta.get('upgrade:2'))?.value).toBe(1);
    db.close();
    const again = track(new JournalDatabase(name));
    await openJournal(again);
    expect((await again.meta.get('upgrade:2'))?.value).toBe(1);
  });

  it('makes upgraded rows findable by folded, RTL and prefix words', async () => {
    const name = uniqueDbName('v1search');
    await seedV1(name);
    const db = track(new JournalDatabase(name));
    await openJournal(db);
    expect((await searchWins(db, { query: 'CAFE' })).wins.map((w) => w.id)).toEqual(['win-emoji-0002']);
    expect((await searchWins(db, { query: 'جزيلا' })).wins.map((w) => w.id)).toEqual(['win-rtl-000003']);
    expect((await searchWins(db, { query: 'walkth' })).wins.map((w) => w.id)).toEqual(['win-ascii-0001']);
  });

  it('creates an empty v2 journal from nothing, without running the upgrade', async () => {
    const db = track(new JournalDatabase(uniqueDbName('fresh')));
    await openJournal(db);
    expect(await db.wins.count()).toBe(0);
    expect(await db.meta.get('upgrade:2')).toBeUndefined();
  });

  it('a failing upgrade leaves v1 and its rows intact and reports a typed error', async () => {
    const name = uniqueDbName('failing');
    await seedV1(name);
    const failing = track(
      new JournalDatabase(name, {
        toV2: async (tx) => {
          await upgradeToV2(tx);
          throw new Error('simulated bug in the upgrade');
        },
      }),
    );
    const error = await openJournal(failing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JournalOpenError);
    expect((error as JournalOpenError).failure).toBe('upgrade-failed');
    failing.close();

    const v1 = track(new Dexie(name));
    v1.version(1).stores({ wins: 'id, createdAt, kind, *tags, ticketUrl' });
    await v1.open();
    expect(v1.verno).toBe(1);
    const rows = await v1.table('wins').toArray();
    expect(rows).toHaveLength(V1_ROWS.length);
    expect(rows.every((row: Record<string, unknown>) => !('words' in row))).toBe(true);
  });

  it('an upgrade blocked by a page holding v1 fails fast with "blocked" instead of hanging', async () => {
    const name = uniqueDbName('blocked');
    await seedV1(name);
    // A raw connection that ignores versionchange, like an old page that never closes.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = track(new JournalDatabase(name));
    const error = await openJournal(db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JournalOpenError);
    expect((error as JournalOpenError).failure).toBe('blocked');
    expect((error as JournalOpenError).message).toMatch(/Close or reload the other Heartdesk tabs/);
    holder.close();
    await db.open();
    expect(await db.wins.count()).toBe(V1_ROWS.length);
  });

  it('closes itself and tells the page when a newer version upgrades elsewhere', async () => {
    const name = uniqueDbName('replaced');
    let replaced = 0;
    const db = track(new JournalDatabase(name));
    await openJournal(db, { onReplaced: () => (replaced += 1) });
    const newer = track(new Dexie(name));
    newer.version(3).stores({ wins: 'id, createdAt', nudgeStats: '[day+ruleId]', meta: 'key' });
    await newer.open();
    expect(replaced).toBe(1);
    expect(db.isOpen()).toBe(false);
  });
});

describe('rollback then forward', () => {
  it('repairs rows an older build wrote into the v2 database, idempotently', async () => {
    const name = uniqueDbName('rollback');
    const current = track(new JournalDatabase(name));
    await openJournal(current);
    current.close();
    // An older build (declares only v1) reinstalled over this one: Dexie 4 opens v2 anyway.
    const older = track(new Dexie(name));
    older.version(1).stores({ wins: 'id, createdAt, kind, *tags, ticketUrl' });
    await older.open();
    await older.table('wins').put({ ...V1_ROWS[1]!, createdAt: 1_764_806_400_000 });
    older.close();
    const reopened = track(new JournalDatabase(name));
    await openJournal(reopened);
    expect((await reopened.wins.get(V1_ROWS[1]!.id))?.words).toEqual(winWords(V1_ROWS[1]!.text, V1_ROWS[1]!.tags));
    expect((await searchWins(reopened, { query: 'churn' })).wins).toHaveLength(1);
    reopened.close();
    const again = track(new JournalDatabase(name));
    await openJournal(again);
    expect(await again.wins.count()).toBe(1);
  });
});

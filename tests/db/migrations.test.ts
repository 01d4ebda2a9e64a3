import Dexie, { type Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JournalDatabase,
  SCHEMA_VERSION,
  upgradeToV2,
  upgradeToV3,
  type Upgrade,
  type Upgrades,
} from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { JournalOpenError } from '@/lib/db/errors';
import { winSchema } from '@/lib/journal/win-schema';
import { winWords } from '@/lib/journal/search-words';
import { searchWins } from '@/lib/db/win-search';
import { toWin } from '@/lib/db/win-row';
import { indexPendingWords, wordsPending } from '@/lib/db/word-index';
import { V1_ROWS, V2_STORES, seedV1, seedV2, uniqueDbName } from '@/tests/db/fixtures';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

/** Opens with one upgrade that does its work, then throws; returns the open error. */
async function openWithFailing(name: string, upgrade: keyof Upgrades, real: Upgrade): Promise<unknown> {
  const failing = track(
    new JournalDatabase(name, {
      [upgrade]: async (tx: Transaction) => {
        await real(tx);
        throw new Error('simulated bug in the upgrade');
      },
    }),
  );
  const error = await openJournal(failing).catch((caught: unknown) => caught);
  failing.close();
  return error;
}

async function upgradeRuns(db: JournalDatabase, version: number) {
  return (await db.meta.get(`upgrade:${version}`))?.value;
}

describe('v1 → v3 (both upgrades)', () => {
  it('keeps every v1 row, valid, runs each upgrade once, and the words follow in the background', async () => {
    const name = uniqueDbName('v1v3');
    await seedV1(name);
    const db = track(new JournalDatabase(name));
    await openJournal(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.wins.count()).toBe(V1_ROWS.length);
    for (const seeded of V1_ROWS) expect(winSchema.parse(toWin((await db.wins.get(seeded.id))!))).toEqual(seeded);
    expect(await upgradeRuns(db, 2)).toBe(1);
    expect(await upgradeRuns(db, 3)).toBe(1);
    expect(await wordsPending(db)).toBe(true);
    await indexPendingWords(db);
    for (const seeded of V1_ROWS)
      expect((await db.winWords.get(seeded.id))?.words).toEqual(winWords(seeded.text, seeded.tags));
    db.close();
    const again = track(new JournalDatabase(name));
    await openJournal(again);
    expect([await upgradeRuns(again, 2), await upgradeRuns(again, 3)]).toEqual([1, 1]);
  });
});

describe('v2 → v3 upgrade', () => {
  it('keeps every v2 row and its nudge stats, leaves no derived field in what it hands out, runs once', async () => {
    const name = uniqueDbName('v2v3');
    await seedV2(name);
    const db = track(new JournalDatabase(name));
    await openJournal(db);
    expect(await db.wins.count()).toBe(V1_ROWS.length);
    expect(await db.nudgeStats.count()).toBe(1);
    for (const seeded of V1_ROWS) {
      const win = toWin((await db.wins.get(seeded.id))!);
      expect(win).not.toHaveProperty('words');
      expect(winSchema.parse(win)).toEqual(seeded);
    }
    expect(await upgradeRuns(db, 2)).toBeUndefined();
    expect(await upgradeRuns(db, 3)).toBe(1);
  });

  it('finds upgraded wins by folded, RTL and prefix words before and after the background pass', async () => {
    const name = uniqueDbName('v2search');
    await seedV2(name);
    const db = track(new JournalDatabase(name));
    await openJournal(db);
    const find = async (query: string) => (await searchWins(db, { query })).wins.map((w) => w.id);
    for (const pass of ['before', 'after']) {
      if (pass === 'after') await indexPendingWords(db);
      expect(await find('CAFE')).toEqual(['win-emoji-0002']);
      expect(await find('جزيلا')).toEqual(['win-rtl-000003']);
      expect(await find('walkth')).toEqual(['win-ascii-0001']);
      expect((await searchWins(db, { tag: 'refu' })).wins.map((w) => w.id)).toEqual(['win-ascii-0001']);
    }
    expect(await wordsPending(db)).toBe(false);
  });

  it('a failing v3 upgrade leaves v2 and its rows intact and reports a typed error', async () => {
    const name = uniqueDbName('failing-v3');
    await seedV2(name);
    const error = await openWithFailing(name, 'toV3', upgradeToV3);
    expect(error).toBeInstanceOf(JournalOpenError);
    expect((error as JournalOpenError).failure).toBe('upgrade-failed');

    const v2 = track(new Dexie(name));
    v2.version(2).stores(V2_STORES);
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.table('wins').orderBy('createdAt').toArray();
    expect(rows).toHaveLength(V1_ROWS.length);
    expect(await v2.table('wins').where('words').startsWith('walkth').count()).toBe(1);
  });
});

describe('opening', () => {
  it('creates an empty v3 journal from nothing, without running any upgrade', async () => {
    const db = track(new JournalDatabase(uniqueDbName('fresh')));
    await openJournal(db);
    expect(await db.wins.count()).toBe(0);
    expect(await db.meta.get('upgrade:2')).toBeUndefined();
    expect(await db.meta.get('upgrade:3')).toBeUndefined();
    expect(await wordsPending(db)).toBe(false);
  });

  it('a failing v2 upgrade leaves v1 and its rows intact', async () => {
    const name = uniqueDbName('failing');
    await seedV1(name);
    const error = await openWithFailing(name, 'toV2', upgradeToV2);
    expect((error as JournalOpenError).failure).toBe('upgrade-failed');
    const v1 = track(new Dexie(name));
    v1.version(1).stores({ wins: 'id, createdAt, kind, *tags, ticketUrl' });
    await v1.open();
    expect(v1.verno).toBe(1);
    const rows = await v1.table('wins').toArray();
    expect(rows).toHaveLength(V1_ROWS.length);
    expect(rows.every((row: Record<string, unknown>) => !('words' in row))).toBe(true);
  });

  it('an upgrade blocked by a page holding an older version fails fast with "blocked" instead of hanging', async () => {
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
    newer
      .version(4)
      .stores({ wins: 'id, [createdAt+id]', winWords: 'id, *words', nudgeStats: '[day+ruleId]', meta: 'key' });
    await newer.open();
    expect(replaced).toBe(1);
    expect(db.isOpen()).toBe(false);
  });
});

describe('rollback then forward', () => {
  it('an older build can still use the v3 journal, and its new wins are indexed on the next open, once', async () => {
    const name = uniqueDbName('rollback');
    const current = track(new JournalDatabase(name));
    await openJournal(current);
    current.close();
    // The v2 build reinstalled over this one: Dexie 4 opens the newer database and adds back the indexes it queries.
    const older = track(new Dexie(name));
    older.version(2).stores(V2_STORES);
    await older.open();
    const written = { ...V1_ROWS[1]!, createdAt: 1_764_806_400_000, words: ['churn'] };
    await older.table('wins').put(written);
    expect(await older.table('wins').orderBy('createdAt').count()).toBe(1);
    older.close();

    const reopened = track(new JournalDatabase(name));
    await openJournal(reopened);
    expect((await reopened.winWords.get(written.id))?.words).toEqual(winWords(written.text, written.tags));
    expect(await wordsPending(reopened)).toBe(false);
    expect((await searchWins(reopened, { query: 'churn' })).wins.map((w) => w.id)).toEqual([written.id]);
    expect(toWin((await reopened.wins.get(written.id))!)).not.toHaveProperty('words');
    reopened.close();
    const again = track(new JournalDatabase(name));
    await openJournal(again);
    expect(await again.wins.count()).toBe(1);
    expect(await again.winWords.count()).toBe(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { countWinsSince, deleteWins, recentWins, restoreWins, saveWin, updateWin } from '@/lib/db/wins';
import { allTags, countsPerPeriod, weeklyCounts } from '@/lib/db/win-stats';
import { dayKey } from '@/lib/journal/calendar';
import { JournalStorageFullError, isQuotaError } from '@/lib/db/errors';
import { importWins } from '@/lib/db/import-wins';
import { recordNudgeEvent, nudgeTotalsSince } from '@/lib/db/nudge-stats';
import { searchWins } from '@/lib/db/win-search';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';
import { installQuotaSwitch, type QuotaShape, type QuotaSwitch } from '@/tests/db/quota';

let db: JournalDatabase;
let quota: QuotaSwitch;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('wins'));
  quota = installQuotaSwitch(db);
  await openJournal(db);
});
afterEach(() => db.close());

describe('saveWin / recentWins / countWinsSince (contract used by popup and background)', () => {
  it('saves idempotently by id and lists newest first without derived fields', async () => {
    await saveWin(db, { id: 'same-id-123', text: 'First', kind: 'save', source: 'popup' }, 1000);
    await saveWin(db, { id: 'same-id-123', text: 'First', kind: 'save', source: 'popup' }, 1000);
    await saveWin(db, { text: 'Second', kind: 'teamwork', source: 'popup', tags: ['Team'] }, 2000);
    const recent = await recentWins(db, 10);
    expect(recent.map((win) => win.text)).toEqual(['Second', 'First']);
    expect(recent[0]).not.toHaveProperty('words');
    expect(recent[0]!.tags).toEqual(['team']);
    expect(await countWinsSince(db, 1500)).toBe(1);
  });
});

describe('updateWin', () => {
  it('edits text, kind, tags and link, re-indexes words and stamps updatedAt', async () => {
    const saved = await saveWin(db, { text: 'Old words', kind: 'save', source: 'popup' }, 1000);
    const updated = await updateWin(
      db,
      saved.id,
      { text: 'Fresh praise', kind: 'compliment', tags: ['vip'], ticketUrl: 'https://x.example/t/1' },
      5000,
    );
    expect(updated).toMatchObject({
      text: 'Fresh praise',
      kind: 'compliment',
      tags: ['vip'],
      site: 'x.example',
      updatedAt: 5000,
    });
    expect((await searchWins(db, { query: 'fresh' })).wins).toHaveLength(1);
    expect((await searchWins(db, { query: 'old' })).wins).toHaveLength(0);
    const unlinked = await updateWin(db, saved.id, { ticketUrl: '' }, 6000);
    expect(unlinked?.ticketUrl).toBeUndefined();
    expect(unlinked?.site).toBeUndefined();
  });

  it('refuses an invalid edit and keeps the stored win', async () => {
    const saved = await saveWin(db, { text: 'Keep me', kind: 'save', source: 'popup' }, 1000);
    await expect(updateWin(db, saved.id, { text: '   ' })).rejects.toThrow();
    expect((await recentWins(db, 1))[0]?.text).toBe('Keep me');
  });

  it('reports a malformed link as a ticketUrl validation issue', async () => {
    const saved = await saveWin(db, { text: 'Keep me', kind: 'save', source: 'popup' }, 1000);
    const error = await updateWin(db, saved.id, { ticketUrl: 'not a link' }).catch((caught: unknown) => caught);
    expect((error as ZodError).issues[0]?.path).toEqual(['ticketUrl']);
  });

  it('returns undefined for a win that no longer exists', async () => {
    expect(await updateWin(db, 'missing-id-1', { text: 'x' })).toBeUndefined();
  });
});

describe('deleteWins + restoreWins (undo)', () => {
  it('deletes in bulk and restores exactly the same wins', async () => {
    const wins = await Promise.all(
      [1, 2, 3].map((n) => saveWin(db, { text: `Win ${n} 🎉`, kind: 'save', source: 'popup', tags: ['t'] }, n * 1000)),
    );
    const deleted = await deleteWins(db, [wins[0]!.id, wins[2]!.id, 'not-there-1']);
    expect(deleted.map((win) => win.id).sort()).toEqual([wins[0]!.id, wins[2]!.id].sort());
    expect(await db.wins.count()).toBe(1);
    await restoreWins(db, deleted);
    expect(await recentWins(db, 10)).toEqual([...wins].reverse());
    expect((await searchWins(db, { query: 'win' })).wins).toHaveLength(3);
  });
});

describe('allTags, counts per period', () => {
  it('lists each tag once, from the index, in alphabetical order, and forgets a tag no win has any more', async () => {
    await saveWin(db, { text: 'a', kind: 'save', source: 'popup', tags: ['vip', 'billing'] }, 1);
    const b = await saveWin(db, { text: 'b', kind: 'save', source: 'popup', tags: ['billing', 'churn'] }, 2);
    expect(await allTags(db)).toEqual(['billing', 'churn', 'vip']);
    await deleteWins(db, [b.id]);
    expect(await allTags(db)).toEqual(['billing', 'vip']);
  });

  it('counts per period with half-open bounds', async () => {
    for (const at of [0, 6_999, 7_000, 13_999, 20_000])
      await saveWin(db, { text: 'w', kind: 'save', source: 'popup' }, at);
    expect(await countsPerPeriod(db, [0, 7_000, 14_000], 21_000)).toEqual([2, 2, 1]);
    expect(await countsPerPeriod(db, [7_000], 14_000)).toEqual([2]);
  });
});

describe('weeklyCounts', () => {
  it('counts the current and previous local weeks, Monday first', async () => {
    const sunday = new Date(2026, 10, 22, 12).getTime();
    for (const at of [sunday, new Date(2026, 10, 16, 0).getTime(), new Date(2026, 10, 15, 23).getTime()]) {
      await saveWin(db, { text: 'w', kind: 'save', source: 'popup' }, at);
    }
    const weeks = await weeklyCounts(db, 2, sunday, 1);
    expect(weeks.map((week) => [dayKey(week.start), week.count])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-16', 2],
    ]);
  });
});

describe('nudge stats', () => {
  it('adds events per day and rule and totals them', async () => {
    const day1 = new Date(2026, 0, 5, 10).getTime();
    const day2 = new Date(2026, 0, 6, 10).getTime();
    await recordNudgeEvent(db, 'excuse-policy', 'seen', day1);
    await recordNudgeEvent(db, 'excuse-policy', 'seen', day2);
    await recordNudgeEvent(db, 'excuse-policy', 'helpful', day2);
    await recordNudgeEvent(db, 'blame', 'muted', day2);
    expect(await db.nudgeStats.count()).toBe(3);
    expect(await nudgeTotalsSince(db, '2026-01-06')).toEqual([
      { ruleId: 'excuse-policy', seen: 1, acted: 0, muted: 0, helpful: 1, notHelpful: 0 },
      { ruleId: 'blame', seen: 0, acted: 0, muted: 1, helpful: 0, notHelpful: 0 },
    ]);
  });
});

describe.each<QuotaShape>(['bare', 'wrapped-in-abort'])('quota exceeded (%s)', (shape) => {
  it('recognises the error shape', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(shape === 'bare' ? quota : { name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('saveWin throws a human, typed error and stores nothing', async () => {
    await saveWin(db, { id: 'existing-1', text: 'Existing', kind: 'save', source: 'popup' }, 1);
    quota.fail(shape);
    const error = await saveWin(db, { text: 'New', kind: 'save', source: 'popup' }, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalStorageFullError);
    expect((error as Error).message).toMatch(/^Your browser's storage for Heartdesk is full/);
    expect(await db.wins.count()).toBe(1);
  });

  it('a replace-all import that hits the quota rolls back the clear: old journal intact', async () => {
    for (let i = 0; i < 5; i += 1) await saveWin(db, { text: `Old ${i}`, kind: 'save', source: 'popup' }, i);
    const before = await recentWins(db, 100);
    quota.fail(shape);
    await expect(importWins(db, [makeWin(1), makeWin(2)], 'replace')).rejects.toBeInstanceOf(JournalStorageFullError);
    expect(await recentWins(db, 100)).toEqual(before);
  });

  it('updateWin under quota keeps the stored text', async () => {
    const saved = await saveWin(db, { text: 'Before', kind: 'save', source: 'popup' }, 1);
    quota.fail(shape);
    await expect(updateWin(db, saved.id, { text: 'After' })).rejects.toBeInstanceOf(JournalStorageFullError);
    expect((await recentWins(db, 1))[0]?.text).toBe('Before');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { CANDIDATE_LIMIT, searchWins, type WinSearch } from '@/lib/db/win-search';
import type { Win } from '@/lib/journal/win-schema';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';
import { installReadCounter } from '@/tests/db/read-counter';

let db: JournalDatabase;
let counter: { reads: number; keys: number };
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('search'));
  counter = installReadCounter(db);
  await openJournal(db);
});
afterEach(() => db.close());

const KINDS = ['compliment', 'save', 'thank-you', 'teamwork'] as const;

/** 5,000 wins; "rare" in every 500th, "tenth" in every 10th, "common" in every other, ties of createdAt every 10. */
function journal(size = 5000): Win[] {
  return Array.from({ length: size }, (_, index) =>
    makeWin(index, {
      createdAt: 1_760_000_000_000 + Math.floor(index / 10) * 60_000,
      text: `${index % 500 === 0 ? 'rare zebra' : ''} ${index % 10 === 0 ? 'tenth' : ''} ${index % 2 === 0 ? 'common refund' : 'plain'} ticket ${index}`,
      kind: KINDS[index % KINDS.length]!,
      tags: index % 7 === 0 ? ['vip'] : [],
    }),
  );
}

async function allPages(search: WinSearch): Promise<Win[][]> {
  const pages: Win[][] = [];
  let cursor: WinSearch['cursor'];
  do {
    const page = await searchWins(db, { ...search, cursor });
    pages.push(page.wins);
    cursor = page.next;
  } while (cursor && pages.length < 1000);
  return pages;
}

function expected(wins: Win[], keep: (win: Win) => boolean): string[] {
  return wins
    .filter(keep)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    .map((win) => win.id);
}

describe('searchWins', () => {
  const wins = journal();
  beforeEach(() => importWins(db, wins, 'replace'));

  it.each<[string, WinSearch, (win: Win) => boolean]>([
    ['everything', {}, () => true],
    ['a rare word (candidate path)', { query: 'zebra' }, (w) => w.text.includes('zebra')],
    ['a word in one win of ten (candidates over several pages)', { query: 'tenth' }, (w) => w.text.includes('tenth')],
    ['a common word (time-index walk)', { query: 'refund' }, (w) => w.text.includes('refund')],
    ['a prefix of a common word', { query: 'REFU' }, (w) => w.text.includes('refund')],
    ['two words', { query: 'rare refund' }, (w) => w.text.includes('rare') && w.text.includes('refund')],
    ['kinds', { kinds: ['save', 'teamwork'] }, (w) => w.kind === 'save' || w.kind === 'teamwork'],
    ['tag + word', { tag: 'VIP', query: 'common' }, (w) => w.tags.includes('vip') && w.text.includes('common')],
    ['a tag by its first letters', { tag: 'vi' }, (w) => w.tags.includes('vip')],
    [
      'date range',
      { from: 1_760_000_000_000 + 100 * 60_000, to: 1_760_000_000_000 + 200 * 60_000 },
      (w) => w.createdAt >= 1_760_000_000_000 + 100 * 60_000 && w.createdAt <= 1_760_000_000_000 + 200 * 60_000,
    ],
    ['no match', { query: 'nothinglikethis' }, () => false],
  ])('pages through %s: newest first, complete, no duplicates', async (_, search, keep) => {
    const pages = await allPages({ ...search, limit: 70 });
    const ids = pages.flat().map((win) => win.id);
    expect(ids).toEqual(expected(wins, keep));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.slice(0, -1).every((page) => page.length === 70)).toBe(true);
  });

  it('has both plan paths covered by the fixture', async () => {
    expect(await db.winWords.where('words').startsWith('zebra').count()).toBeLessThanOrEqual(CANDIDATE_LIMIT);
    expect(await db.winWords.where('words').startsWith('tenth').count()).toBeGreaterThan(70 * 2);
    expect(await db.winWords.where('words').startsWith('tenth').count()).toBeLessThanOrEqual(CANDIDATE_LIMIT);
    expect(await db.winWords.where('words').startsWith('refund').count()).toBeGreaterThan(CANDIDATE_LIMIT);
    expect(await db.winWords.where('words').startsWith('#vip').count()).toBeLessThanOrEqual(CANDIDATE_LIMIT);
  });

  it('reads a bounded number of rows for a deep page (key-based, no offset)', async () => {
    let page = await searchWins(db, { limit: 50 });
    for (let i = 0; i < 40; i += 1) page = await searchWins(db, { limit: 50, cursor: page.next });
    counter.reads = 0;
    await searchWins(db, { limit: 50, cursor: page.next });
    expect(counter.reads).toBeLessThan(200);
    let search = await searchWins(db, { query: 'refund', limit: 50 });
    for (let i = 0; i < 20; i += 1) search = await searchWins(db, { query: 'refund', limit: 50, cursor: search.next });
    counter.reads = 0;
    counter.keys = 0;
    await searchWins(db, { query: 'refund', limit: 50, cursor: search.next });
    expect(counter.reads).toBeLessThan(400);
    // The first page found that "refund" is common; later pages walk without asking the word index again.
    expect(counter.keys).toBe(0);
  });

  it('reads only its own rows for each later page of a candidate search', async () => {
    const first = await searchWins(db, { query: 'tenth', limit: 50 });
    counter.reads = 0;
    counter.keys = 0;
    const second = await searchWins(db, { query: 'tenth', limit: 50, cursor: first.next });
    expect(second.wins).toHaveLength(50);
    expect(counter.reads).toBe(50);
    expect(counter.keys).toBe(0);
  });
});

describe('searchWins edge cases', () => {
  it('returns nothing for an inverted date range or a cursor below the range', async () => {
    await importWins(db, [makeWin(1, { createdAt: 75, text: 'x marks' })], 'replace');
    expect((await searchWins(db, { from: 100, to: 50 })).wins).toEqual([]);
    expect((await searchWins(db, { from: 100, to: 50, query: 'marks' })).wins).toEqual([]);
    expect((await searchWins(db, { from: 50, to: 100, cursor: { createdAt: 10, id: 'a' } })).wins).toEqual([]);
    expect((await searchWins(db, { from: 50, to: 100 })).wins).toHaveLength(1);
  });
});

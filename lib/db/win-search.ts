import Dexie from 'dexie';
import type { JournalDatabase } from './database';
import type { Win, WinKind } from './win-schema';
import { toWin, type WinRow } from './win-row';
import { queryTerms, wordsMatch } from '../journal/search-words';
import { wordsOf } from './repair-rows';

export interface SearchCursor {
  createdAt: number;
  id: string;
}

export interface WinSearch {
  query?: string;
  kinds?: readonly WinKind[];
  tag?: string;
  /** Inclusive epoch-ms bounds on createdAt. */
  from?: number;
  to?: number;
  /** The `next` of the previous page; results are newest first, ties by id. */
  cursor?: SearchCursor;
  limit?: number;
}

export interface WinPage {
  wins: Win[];
  /** Absent on the last page. */
  next?: SearchCursor;
}

/**
 * Cost model for one page of `limit` out of `total` wins when an index offers
 * `m` candidates: fetching and sorting them reads m rows; walking the time
 * index with a filter reads about limit × total / m rows. The first is cheaper
 * while m² ≤ limit × total, so a page never reads more than about
 * √(limit × total) rows (≈ 2,200 at 100,000 wins), whatever the query.
 */
export function prefersCandidates(candidates: number, limit: number, total: number): boolean {
  return candidates * candidates <= limit * total;
}

type WinCollection = ReturnType<JournalDatabase['wins']['toCollection']>;

interface Plan {
  terms: string[];
  kinds: Set<WinKind> | undefined;
  tag: string | undefined;
  from: number;
  to: number;
}

function matches(row: WinRow, plan: Plan): boolean {
  if (row.createdAt < plan.from || row.createdAt > plan.to) return false;
  if (plan.kinds && !plan.kinds.has(row.kind)) return false;
  if (plan.tag !== undefined && !row.tags.includes(plan.tag)) return false;
  return plan.terms.length === 0 || wordsMatch(wordsOf(row), plan.terms);
}

function isBefore(row: WinRow, cursor: SearchCursor | undefined): boolean {
  if (!cursor) return true;
  return row.createdAt < cursor.createdAt || (row.createdAt === cursor.createdAt && row.id < cursor.id);
}

function newestFirst(a: WinRow, b: WinRow): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The index narrowing the search most, as a Dexie collection, with its size. */
async function narrowestIndex(db: JournalDatabase, plan: Plan) {
  // Sizes come from single-range counts (native, no cursor). A prefix can hit one row
  // through several words, so a count is an upper bound, which is all the plan needs.
  const options: Array<{ collection: () => WinCollection; count: () => Promise<number> }> = [
    ...plan.terms.map((term) => ({
      collection: () => db.wins.where('words').startsWith(term),
      count: () => db.wins.where('words').startsWith(term).count(),
    })),
    ...(plan.tag !== undefined
      ? [
          {
            collection: () => db.wins.where('tags').equals(plan.tag!),
            count: () => db.wins.where('tags').equals(plan.tag!).count(),
          },
        ]
      : []),
    ...(plan.kinds
      ? [
          {
            collection: () => db.wins.where('kind').anyOf([...plan.kinds!]),
            count: async () => {
              const counts = await Promise.all(
                [...plan.kinds!].map((kind) => db.wins.where('kind').equals(kind).count()),
              );
              return counts.reduce((sum, count) => sum + count, 0);
            },
          },
        ]
      : []),
  ];
  let best: { collection: WinCollection; size: number } | undefined;
  for (const option of options) {
    const size = await option.count();
    if (!best || size < best.size) best = { collection: option.collection(), size };
    if (size === 0) break;
  }
  return best;
}

/**
 * One page of matching wins, key-based: the page after `cursor` is found by
 * index ranges, never by offset(), and never by reading the whole table.
 */
export async function searchWins(db: JournalDatabase, search: WinSearch = {}): Promise<WinPage> {
  const limit = Math.max(1, Math.min(search.limit ?? 50, 500));
  const plan: Plan = {
    terms: queryTerms(search.query ?? ''),
    kinds: search.kinds && search.kinds.length > 0 ? new Set(search.kinds) : undefined,
    tag: search.tag?.trim().toLowerCase() || undefined,
    from: search.from ?? 0,
    to: search.to ?? Number.MAX_SAFE_INTEGER,
  };
  const narrowest = await narrowestIndex(db, plan);
  const total = narrowest ? await db.wins.count() : 0;
  const rows =
    narrowest && prefersCandidates(narrowest.size, limit, total)
      ? await fromCandidates(db, narrowest.collection, plan, search.cursor, limit + 1)
      : await walkTimeIndex(db, plan, search.cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    wins: page.map(toWin),
    ...(rows.length > limit && last && { next: { createdAt: last.createdAt, id: last.id } }),
  };
}

async function fromCandidates(
  db: JournalDatabase,
  collection: WinCollection,
  plan: Plan,
  cursor: SearchCursor | undefined,
  count: number,
): Promise<WinRow[]> {
  // primaryKeys() + bulkGet() are getAllKeys/getAll underneath: no per-row cursor steps.
  const ids = [...new Set(await collection.primaryKeys())];
  const rows = await db.wins.bulkGet(ids);
  return rows
    .filter((row): row is WinRow => row !== undefined && matches(row, plan) && isBefore(row, cursor))
    .sort(newestFirst)
    .slice(0, count);
}

const FIRST_BATCH = 100;
const MAX_BATCH = 4000;

/**
 * Newest-first walk of the `[createdAt+id]` index in growing batches read with
 * getAll (IndexedDB 3 gives it a direction; Dexie falls back to a cursor on
 * older engines), filtered here: each batch starts strictly below the last key
 * of the previous one, so no row is read twice and nothing is skipped.
 */
async function walkTimeIndex(
  db: JournalDatabase,
  plan: Plan,
  cursor: SearchCursor | undefined,
  count: number,
): Promise<WinRow[]> {
  const found: WinRow[] = [];
  const startsAtCursor = cursor !== undefined && cursor.createdAt <= plan.to;
  let upper: [number, string | typeof Dexie.maxKey] = startsAtCursor
    ? [cursor.createdAt, cursor.id]
    : [plan.to, Dexie.maxKey];
  let includeUpper = !startsAtCursor;
  let batch = Math.max(FIRST_BATCH, count * 2);
  for (;;) {
    const rows = await db.wins
      .where('[createdAt+id]')
      .between([plan.from, Dexie.minKey], upper, true, includeUpper)
      .reverse()
      .limit(batch)
      .toArray();
    for (const row of rows) {
      if (matches(row, plan)) found.push(row);
      if (found.length === count) return found;
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return found;
    upper = [last.createdAt, last.id];
    includeUpper = false;
    batch = Math.min(batch * 2, MAX_BATCH);
  }
}

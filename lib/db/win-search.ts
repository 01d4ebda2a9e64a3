import Dexie from 'dexie';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win, WinKind } from '@/lib/journal/win-schema';
import { toWin, wordsForRecord, type WinRow } from '@/lib/db/win-row';
import { queryTerms, tagKey, tagsMatch, wordsMatch } from '@/lib/journal/search-words';
import { wordsPending } from '@/lib/db/word-index';

export interface SearchCursor {
  createdAt: number;
  id: string;
  /**
   * How the pages before were found, so the next one does not probe the word index
   * again: by walking the time index, or from candidates, whose matching ids not
   * shown yet (newest first) are carried here and read a page at a time.
   */
  via?: 'walk' | { rest: string[] };
}

export interface WinSearch {
  query?: string;
  kinds?: readonly WinKind[];
  /** Matches every win with a tag that starts with this ("bill" finds #billing). */
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
 * A search reads and sorts at most this many candidates from the word index. Cost
 * model: m candidates cost m rows (once: later pages carry their ids); walking the
 * time index with a filter costs about page × total / m rows; the two cross near
 * √(page × total), ≈ 1,000 for the journal's first page of 10 at 100,000 wins. Above
 * it, matches are common enough that the walk fills a page in one or two batches.
 * Sizes are probed by reading at most CANDIDATE_LIMIT + 1 keys, never by counting.
 */
export const CANDIDATE_LIMIT = 1000;

type WordsCollection = ReturnType<JournalDatabase['winWords']['toCollection']>;

interface Plan {
  terms: string[];
  kinds: Set<WinKind> | undefined;
  tag: string | undefined;
  from: number;
  to: number;
}

/** Words are derived from the row itself (text, note, subject, tags), so a row the index has not reached yet still matches. */
function matches(row: WinRow, plan: Plan): boolean {
  if (row.createdAt < plan.from || row.createdAt > plan.to) return false;
  if (plan.kinds && !plan.kinds.has(row.kind)) return false;
  if (plan.tag !== undefined && !tagsMatch(row.tags, plan.tag)) return false;
  return plan.terms.length === 0 || wordsMatch(wordsForRecord(row), plan.terms);
}

function isBefore(row: WinRow, cursor: SearchCursor | undefined): boolean {
  if (!cursor) return true;
  return row.createdAt < cursor.createdAt || (row.createdAt === cursor.createdAt && row.id < cursor.id);
}

function newestFirst(a: WinRow, b: WinRow): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

const firstKeys = (collection: WordsCollection) => collection.limit(CANDIDATE_LIMIT + 1).primaryKeys();

/**
 * Ids from the word index for the most selective word or tag prefix, or undefined
 * when each offers more than CANDIDATE_LIMIT (or the index is still being filled):
 * then the time index is walked. Kinds are six, so a kind alone is never selective.
 */
async function fewestCandidates(db: JournalDatabase, plan: Plan): Promise<string[] | undefined> {
  const { tag, terms } = plan;
  if (terms.length === 0 && tag === undefined) return undefined;
  if (await wordsPending(db)) return undefined;
  const sources: Array<() => Promise<string[]>> = [
    ...terms.map((term) => () => firstKeys(db.winWords.where('words').startsWith(term))),
    ...(tag !== undefined ? [() => firstKeys(db.winWords.where('words').startsWith(tagKey(tag)))] : []),
  ];
  // Probed side by side: each is one request for keys, and the slowest sets the wait.
  const found = await Promise.all(sources.map((source) => source()));
  // A prefix can reach one win through several words: duplicates only make this conservative.
  const best = found.filter((ids) => ids.length <= CANDIDATE_LIMIT).sort((a, b) => a.length - b.length)[0];
  return best && [...new Set(best)];
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
  const { cursor } = search;
  if (cursor?.via === 'walk') return pageOf(await walkTimeIndex(db, plan, cursor, limit + 1), limit, 'walk');
  if (cursor?.via) return continueCandidates(db, plan, cursor.via.rest, limit);
  const candidates = await fewestCandidates(db, plan);
  if (!candidates) return pageOf(await walkTimeIndex(db, plan, cursor, limit + 1), limit, 'walk');
  const matching = await fromCandidates(db, candidates, plan, cursor);
  const page = matching.slice(0, limit);
  const last = page[page.length - 1];
  const rest = matching.slice(limit).map((row) => row.id);
  return {
    wins: page.map(toWin),
    ...(rest.length > 0 && last && { next: { createdAt: last.createdAt, id: last.id, via: { rest } } }),
  };
}

function pageOf(rows: WinRow[], limit: number, via: 'walk'): WinPage {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    wins: page.map(toWin),
    ...(rows.length > limit && last && { next: { createdAt: last.createdAt, id: last.id, via } }),
  };
}

/** The next page of a candidate search: only its own rows are read (a win deleted since is skipped). */
async function continueCandidates(db: JournalDatabase, plan: Plan, ids: string[], limit: number): Promise<WinPage> {
  const rows = (await db.wins.bulkGet(ids.slice(0, limit))).filter(
    (row): row is WinRow => row !== undefined && matches(row, plan),
  );
  const rest = ids.slice(limit);
  const last = rows[rows.length - 1];
  return {
    wins: rows.map(toWin),
    ...(rest.length > 0 && last && { next: { createdAt: last.createdAt, id: last.id, via: { rest } } }),
  };
}

/** Every matching candidate, newest first. Keys came from getAllKeys and rows from one bulkGet: no cursor steps. */
async function fromCandidates(
  db: JournalDatabase,
  ids: string[],
  plan: Plan,
  cursor: SearchCursor | undefined,
): Promise<WinRow[]> {
  const rows = await db.wins.bulkGet(ids);
  return rows
    .filter((row): row is WinRow => row !== undefined && matches(row, plan) && isBefore(row, cursor))
    .sort(newestFirst);
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

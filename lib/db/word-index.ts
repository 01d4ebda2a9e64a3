import type { JournalDatabase, MetaRow } from '@/lib/db/database';
import { toWin, wordsRowFor, type WordsRow } from '@/lib/db/win-row';
import { WORDS_CURSOR_KEY, WORDS_PENDING_KEY } from '@/lib/db/meta-keys';
import { guardQuota } from '@/lib/db/errors';

/**
 * The search words of wins written without them (a large import, the v3 upgrade).
 * An import of 100,000 wins commits in a third of the time when it does not also
 * write ~14 index entries per win; the words follow here, a chunk at a time, oldest
 * first, resuming after the last chunk done when the background stopped midway.
 * Until it finishes, search reads rows rather than the index (lib/db/win-search.ts),
 * so no win is ever missing from results, only found more slowly.
 *
 * Each chunk reads its wins in a read-only transaction and writes their words in a
 * short one on `winWords` and `meta` only, so pages reading wins never wait for it.
 * A win edited between the two keeps the words its edit wrote: a row is not
 * overwritten by words derived from an older state of the win (`at`).
 */

export async function wordsPending(db: JournalDatabase): Promise<boolean> {
  return (await db.meta.get(WORDS_PENDING_KEY)) !== undefined;
}

/** Short read-write transactions: pages reading the journal wait for at most one chunk. */
const CHUNK = 500;

async function readChunk(db: JournalDatabase, chunk: number) {
  return db.transaction('r', db.wins, db.meta, async () => {
    if (!(await db.meta.get(WORDS_PENDING_KEY))) return undefined;
    const after = (await db.meta.get(WORDS_CURSOR_KEY))?.value;
    const ordered = Array.isArray(after)
      ? db.wins.where('[createdAt+id]').above(after)
      : db.wins.orderBy('[createdAt+id]');
    return { after, rows: await ordered.limit(chunk).toArray() };
  });
}

/** True when the stored words came from a later state of the win than `row` (an edit since the read). */
const isNewer = (stored: WordsRow | undefined, row: WordsRow) => stored !== undefined && stored.at > row.at;

/** Indexes one chunk; true when nothing is left. */
async function indexChunk(db: JournalDatabase, chunk: number): Promise<boolean> {
  const read = await readChunk(db, chunk);
  if (!read) return true;
  const fresh: WordsRow[] = read.rows.map((row) => wordsRowFor(toWin(row)));
  const last = read.rows[read.rows.length - 1];
  return guardQuota(() =>
    db.transaction('rw', db.winWords, db.meta, async () => {
      const cursor = (await db.meta.get(WORDS_CURSOR_KEY))?.value;
      // Another run (or a new import) moved the cursor since this chunk was read: leave it to that run.
      if (!(await db.meta.get(WORDS_PENDING_KEY)) || JSON.stringify(cursor) !== JSON.stringify(read.after))
        return false;
      const existing = await db.winWords.bulkGet(fresh.map((row) => row.id));
      await db.winWords.bulkPut(fresh.filter((row, index) => !isNewer(existing[index], row)));
      if (!last || read.rows.length < chunk) {
        await db.meta.bulkDelete([WORDS_PENDING_KEY, WORDS_CURSOR_KEY]);
        return true;
      }
      const next: MetaRow = { key: WORDS_CURSOR_KEY, value: [last.createdAt, last.id] };
      await db.meta.put(next);
      return false;
    }),
  );
}

/**
 * Fills `winWords` for every win while the pending mark is set; safe to run from
 * several pages at once (each chunk checks the cursor it read is still the one stored).
 * Resolves with the number of chunks written.
 */
export async function indexPendingWords(
  db: JournalDatabase,
  { chunk = CHUNK, onChunk }: { chunk?: number; onChunk?: () => void } = {},
): Promise<number> {
  let chunks = 0;
  while (!(await indexChunk(db, chunk))) {
    chunks += 1;
    onChunk?.();
  }
  return chunks;
}

import type { JournalDatabase, MetaRow } from '@/lib/db/database';
import { toWin, wordsRowFor } from '@/lib/db/win-row';
import { WORDS_CURSOR_KEY, WORDS_PENDING_KEY } from '@/lib/db/meta-keys';
import { guardQuota } from '@/lib/db/errors';

/**
 * The search words of wins written without them (a large import, the v3 upgrade).
 * An import of 100,000 wins commits in a third of the time when it does not also
 * write ~14 index entries per win; the words follow here, a chunk per transaction,
 * oldest first, resuming after the last chunk done when a page closed midway.
 * Until it finishes, search reads rows rather than the index (lib/db/win-search.ts),
 * so no win is ever missing from results, only found more slowly.
 */

export async function wordsPending(db: JournalDatabase): Promise<boolean> {
  return (await db.meta.get(WORDS_PENDING_KEY)) !== undefined;
}

const CHUNK = 1000;

/** Indexes one chunk; true when nothing is left. Each chunk is one transaction, so it is all or nothing. */
async function indexChunk(db: JournalDatabase, chunk: number): Promise<boolean> {
  return guardQuota(() =>
    db.transaction('rw', db.wins, db.winWords, db.meta, async () => {
      if (!(await db.meta.get(WORDS_PENDING_KEY))) return true;
      const after = (await db.meta.get(WORDS_CURSOR_KEY))?.value;
      const ordered = Array.isArray(after)
        ? db.wins.where('[createdAt+id]').above(after)
        : db.wins.orderBy('[createdAt+id]');
      const rows = await ordered.limit(chunk).toArray();
      await db.winWords.bulkPut(rows.map((row) => wordsRowFor(toWin(row))));
      const last = rows[rows.length - 1];
      if (!last || rows.length < chunk) {
        await db.meta.bulkDelete([WORDS_PENDING_KEY, WORDS_CURSOR_KEY]);
        return true;
      }
      const cursor: MetaRow = { key: WORDS_CURSOR_KEY, value: [last.createdAt, last.id] };
      await db.meta.put(cursor);
      return false;
    }),
  );
}

/**
 * Fills `winWords` for every win while the pending mark is set; safe to run from
 * several pages at once (each chunk re-reads the cursor inside its transaction).
 * Resolves with the number of chunks done.
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

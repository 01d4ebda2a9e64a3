import Dexie from 'dexie';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { toWin } from '@/lib/db/win-row';

export interface StreamOptions {
  /** Inclusive epoch-ms bounds on createdAt. */
  from?: number;
  to?: number;
  chunkSize?: number;
}

/**
 * All wins in [from, to], oldest first, in chunks read by `[createdAt+id]` key
 * ranges (each chunk starts strictly after the last key of the previous one),
 * so exporting 100,000 wins never holds more than one chunk of rows at once.
 */
export async function* streamWins(db: JournalDatabase, options: StreamOptions = {}): AsyncGenerator<Win[]> {
  const chunkSize = options.chunkSize ?? 2000;
  const to = options.to ?? Number.MAX_SAFE_INTEGER;
  let lower: [number, string | typeof Dexie.minKey] = [options.from ?? 0, Dexie.minKey];
  let includeLower = true;
  for (;;) {
    const rows = await db.wins
      .where('[createdAt+id]')
      .between(lower, [to, Dexie.maxKey], includeLower, true)
      .limit(chunkSize)
      .toArray();
    if (rows.length > 0) yield rows.map(toWin);
    const last = rows[rows.length - 1];
    if (!last || rows.length < chunkSize) return;
    lower = [last.createdAt, last.id];
    includeLower = false;
  }
}

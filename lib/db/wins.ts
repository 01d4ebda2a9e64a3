import type { JournalDatabase } from './database';
import { winSchema, type Win, type WinKind, type WinSource } from './win-schema';
import { newId } from './ids';

export interface NewWin {
  id?: string;
  text: string;
  kind: WinKind;
  tags?: string[];
  ticketUrl?: string;
  source: WinSource;
  createdAt?: number;
}

/**
 * Validates at the write boundary and writes with `put`, so a retried save with
 * the same client id leaves exactly one row.
 */
export async function saveWin(db: JournalDatabase, input: NewWin, now = Date.now()): Promise<Win> {
  const ticketUrl = input.ticketUrl || undefined;
  const win = winSchema.parse({
    id: input.id ?? newId(),
    createdAt: input.createdAt ?? now,
    text: input.text,
    kind: input.kind,
    tags: input.tags ?? [],
    ticketUrl,
    site: ticketUrl ? new URL(ticketUrl).hostname : undefined,
    source: input.source,
  });
  await db.wins.put(win);
  return win;
}

/** Newest first, read through the createdAt index (never the whole table). */
export function recentWins(db: JournalDatabase, limit: number): Promise<Win[]> {
  return db.wins.orderBy('createdAt').reverse().limit(limit).toArray();
}

export function countWinsSince(db: JournalDatabase, since: number): Promise<number> {
  return db.wins.where('createdAt').aboveOrEqual(since).count();
}

import type { JournalDatabase } from '@/lib/db/database';
import { winSchema, type Win, type WinKind, type WinSource } from '@/lib/journal/win-schema';
import { newId } from '@/lib/journal/ids';
import { toRow, toWin } from '@/lib/db/win-row';
import { guardQuota } from '@/lib/db/errors';

export interface NewWin {
  id?: string;
  text: string;
  kind: WinKind;
  tags?: string[];
  ticketUrl?: string;
  source: WinSource;
  createdAt?: number;
}

/** Undefined for a malformed link, so zod reports the `ticketUrl` field instead of URL throwing a TypeError. */
function siteOf(ticketUrl: string | undefined): string | undefined {
  if (!ticketUrl) return undefined;
  try {
    return new URL(ticketUrl).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Validates at the write boundary and writes with `put`, so a retried save with
 * the same client id leaves exactly one row. A full disk becomes
 * JournalStorageFullError and the caller keeps the unsaved win for Retry.
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
    site: siteOf(ticketUrl),
    source: input.source,
  });
  await guardQuota(() => db.wins.put(toRow(win)));
  return win;
}

export interface WinChanges {
  text?: string;
  kind?: WinKind;
  tags?: string[];
  /** Empty string removes the link. */
  ticketUrl?: string;
}

/** Applies an edit inside one transaction (read, validate, write); undefined when the win is gone. */
export async function updateWin(
  db: JournalDatabase,
  id: string,
  changes: WinChanges,
  now = Date.now(),
): Promise<Win | undefined> {
  return guardQuota(() =>
    db.transaction('rw', db.wins, async () => {
      const row = await db.wins.get(id);
      if (!row) return undefined;
      const current = toWin(row);
      const ticketUrl = changes.ticketUrl === undefined ? current.ticketUrl : changes.ticketUrl || undefined;
      const next = winSchema.parse({
        ...current,
        ...(changes.text !== undefined && { text: changes.text }),
        ...(changes.kind !== undefined && { kind: changes.kind }),
        ...(changes.tags !== undefined && { tags: changes.tags }),
        ticketUrl,
        site: siteOf(ticketUrl),
        updatedAt: Math.max(now, current.createdAt),
      });
      await db.wins.put(toRow(next));
      return next;
    }),
  );
}

/** Deletes in one transaction and hands back what was deleted, so Undo can put exactly those rows back. */
export async function deleteWins(db: JournalDatabase, ids: readonly string[]): Promise<Win[]> {
  return db.transaction('rw', db.wins, async () => {
    const rows = await db.wins.bulkGet([...ids]);
    const found = rows.filter((row) => row !== undefined);
    await db.wins.bulkDelete(found.map((row) => row.id));
    return found.map(toWin);
  });
}

/** Undo of deleteWins: the same wins, same ids and dates, re-validated. */
export async function restoreWins(db: JournalDatabase, wins: readonly Win[]): Promise<void> {
  const rows = wins.map((win) => toRow(winSchema.parse(win)));
  await guardQuota(() => db.wins.bulkPut(rows));
}

/** Newest first, read through the createdAt index (never the whole table). */
export async function recentWins(db: JournalDatabase, limit: number): Promise<Win[]> {
  const rows = await db.wins.orderBy('createdAt').reverse().limit(limit).toArray();
  return rows.map(toWin);
}

export function countWinsSince(db: JournalDatabase, since: number): Promise<number> {
  return db.wins.where('createdAt').aboveOrEqual(since).count();
}

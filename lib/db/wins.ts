import type { JournalDatabase } from '@/lib/db/database';
import { winSchema, type Win, type WinKind, type WinSource } from '@/lib/journal/win-schema';
import { newId } from '@/lib/journal/ids';
import Dexie from 'dexie';
import { toRow, toWin, wordsRowFor } from '@/lib/db/win-row';
import { guardQuota } from '@/lib/db/errors';

export interface NewWin {
  id?: string;
  text: string;
  kind: WinKind;
  tags?: string[];
  ticketUrl?: string;
  ticketSubject?: string;
  note?: string;
  source: WinSource;
  createdAt?: number;
}

/** A win and its search words, written together so search never misses a saved win. */
function putWin(db: JournalDatabase, win: Win): Promise<unknown> {
  return db.transaction('rw', db.wins, db.winWords, () =>
    Promise.all([db.wins.put(toRow(win)), db.winWords.put(wordsRowFor(win))]),
  );
}

/** Blank optional text is no text: the field is left out rather than stored empty. */
const present = (value: string | undefined) => (value?.trim() ? value : undefined);

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
  const ticketUrl = present(input.ticketUrl);
  // toWin drops the optional fields left undefined, so stored rows and exports hold no empty keys.
  const win = toWin(
    winSchema.parse({
      id: input.id ?? newId(),
      createdAt: input.createdAt ?? now,
      text: input.text,
      kind: input.kind,
      tags: input.tags ?? [],
      ticketUrl,
      site: siteOf(ticketUrl),
      ticketSubject: present(input.ticketSubject),
      note: present(input.note),
      source: input.source,
    }),
  );
  await guardQuota(() => putWin(db, win));
  return win;
}

export interface WinChanges {
  text?: string;
  kind?: WinKind;
  tags?: string[];
  /** Empty string removes the link (and the subject, say, with ticketSubject: ''). */
  ticketUrl?: string;
  ticketSubject?: string;
  /** Empty string removes the note. */
  note?: string;
}

/** An optional text field after an edit: unchanged when not given, removed when blank. */
const edited = (change: string | undefined, current: string | undefined) =>
  change === undefined ? current : present(change);

/** Applies an edit inside one transaction (read, validate, write); undefined when the win is gone. */
export async function updateWin(
  db: JournalDatabase,
  id: string,
  changes: WinChanges,
  now = Date.now(),
): Promise<Win | undefined> {
  return guardQuota(() =>
    db.transaction('rw', db.wins, db.winWords, async () => {
      const row = await db.wins.get(id);
      if (!row) return undefined;
      const current = toWin(row);
      const ticketUrl = edited(changes.ticketUrl, current.ticketUrl);
      const next = toWin(
        winSchema.parse({
          ...current,
          ...(changes.text !== undefined && { text: changes.text }),
          ...(changes.kind !== undefined && { kind: changes.kind }),
          ...(changes.tags !== undefined && { tags: changes.tags }),
          ticketUrl,
          site: siteOf(ticketUrl),
          ticketSubject: edited(changes.ticketSubject, current.ticketSubject),
          note: edited(changes.note, current.note),
          updatedAt: Math.max(now, current.createdAt),
        }),
      );
      await putWin(db, next);
      return next;
    }),
  );
}

/** Deletes in one transaction and hands back what was deleted, so Undo can put exactly those rows back. */
export async function deleteWins(db: JournalDatabase, ids: readonly string[]): Promise<Win[]> {
  return db.transaction('rw', db.wins, db.winWords, async () => {
    const rows = await db.wins.bulkGet([...ids]);
    const found = rows.filter((row) => row !== undefined);
    const foundIds = found.map((row) => row.id);
    await db.wins.bulkDelete(foundIds);
    await db.winWords.bulkDelete(foundIds);
    return found.map(toWin);
  });
}

/** Undo of deleteWins: the same wins, same ids and dates, re-validated. */
export async function restoreWins(db: JournalDatabase, wins: readonly Win[]): Promise<void> {
  const valid = wins.map((win) => winSchema.parse(win));
  await guardQuota(() =>
    db.transaction('rw', db.wins, db.winWords, async () => {
      await db.wins.bulkPut(valid.map(toRow));
      await db.winWords.bulkPut(valid.map(wordsRowFor));
    }),
  );
}

/** Newest first, read through the time index (never the whole table). */
export async function recentWins(db: JournalDatabase, limit: number): Promise<Win[]> {
  const rows = await db.wins.orderBy('[createdAt+id]').reverse().limit(limit).toArray();
  return rows.map(toWin);
}

export function countWinsSince(db: JournalDatabase, since: number): Promise<number> {
  return db.wins.where('[createdAt+id]').aboveOrEqual([since, Dexie.minKey]).count();
}

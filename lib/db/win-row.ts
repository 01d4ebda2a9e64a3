import type { Win } from '@/lib/journal/win-schema';
import { winWords } from '@/lib/journal/search-words';
import { storedLink } from '@/lib/links/generic-rule';

/**
 * What the `wins` table stores: the public Win. Rows written before v3 may still
 * carry the derived `words` they had then; toWin leaves it behind, so exports,
 * the UI and messages only ever see Win.
 */
export interface WinRow extends Win {
  /** Only on rows written before v3; never read, dropped on the next write. */
  words?: string[];
}

/** A win's search words (text, note, subject, and tags as `#tag`), in `winWords` for the `*words` index. */
export interface WordsRow {
  id: string;
  words: string[];
  /** The win's last change (updatedAt, else createdAt) these words were derived from. */
  at: number;
}

/**
 * The words of a record, tolerating damaged ones (an upgrade or a repair must
 * not throw on one bad row). One function for saves, imports and the indexer.
 */
export function wordsForRecord(record: {
  text?: unknown;
  tags?: unknown;
  note?: unknown;
  ticketSubject?: unknown;
}): string[] {
  const text = [record.text, record.note, record.ticketSubject].filter((part) => typeof part === 'string').join('\n');
  const tags = Array.isArray(record.tags) ? record.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  return winWords(text, tags);
}

export function wordsRowFor(win: Win): WordsRow {
  return { id: win.id, words: wordsForRecord(win), at: win.updatedAt ?? win.createdAt };
}

/** Fresh object with the Win fields only, in a stable order (exports compare equal row for row). */
export function toWin(row: WinRow): Win {
  const win: Win = {
    id: row.id,
    createdAt: row.createdAt,
    text: row.text,
    kind: row.kind,
    tags: [...row.tags],
    source: row.source,
  };
  if (row.updatedAt !== undefined) win.updatedAt = row.updatedAt;
  // Rows saved before links were cleaned (issue 19) are shown and exported cleaned.
  const ticketUrl = row.ticketUrl === undefined ? '' : storedLink(row.ticketUrl);
  if (ticketUrl) win.ticketUrl = ticketUrl;
  if (row.site !== undefined) win.site = row.site;
  if (row.ticketSubject !== undefined) win.ticketSubject = row.ticketSubject;
  if (row.note !== undefined) win.note = row.note;
  return win;
}

/** What is written for a win: its public fields only (a stale `words` from before v3 is dropped). */
export const toRow = (win: Win): WinRow => toWin(win);

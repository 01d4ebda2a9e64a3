import type { Win } from '@/lib/journal/win-schema';
import { winWords } from '@/lib/journal/search-words';
import { storedLink } from '@/lib/links/generic-rule';

/**
 * What is stored: the public Win (validated by winSchema) plus fields the
 * repository derives and indexes. Derived fields never leave lib/db: exports,
 * the UI and messages only ever see Win.
 */
export interface WinRow extends Win {
  /** Normalised distinct words of text + tags, for the multi-entry `*words` index (schema v2). */
  words: string[];
}

/**
 * The v1 → v2 record upgrade: derive `words` from a record's text and tags.
 * Used by the database upgrade (existing rows), by toRow (new saves) and so by
 * imports of any backup version: one function, one tokeniser. Tolerates
 * damaged records (an upgrade must not throw on one bad row).
 */
export function wordsForRecord(record: { text?: unknown; tags?: unknown }): string[] {
  const text = typeof record.text === 'string' ? record.text : '';
  const tags = Array.isArray(record.tags) ? record.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  return winWords(text, tags);
}

export function toRow(win: Win): WinRow {
  return { ...win, words: wordsForRecord(win) };
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
  return win;
}

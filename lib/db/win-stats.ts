import Dexie from 'dexie';
import type { JournalDatabase } from '@/lib/db/database';
import { TAG_KEY_PREFIX } from '@/lib/journal/search-words';
import type { Win } from '@/lib/journal/win-schema';
import { addDays, weekStarts } from '@/lib/journal/calendar';
import { weeklyBars, type WeekBar } from '@/lib/journal/weekly-chart';

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Distinct tags from the tag keys of the word index (keys only, no rows read)
 * with their counts, most used first; capped because suggestions never need thousands.
 */
export async function allTags(db: JournalDatabase, max = 500): Promise<TagCount[]> {
  const keys = (await db.winWords.where('words').startsWith(TAG_KEY_PREFIX).uniqueKeys()).slice(0, max) as string[];
  const counts = await Promise.all(keys.map((key) => db.winWords.where('words').equals(key).count()));
  return keys
    .map((key, index) => ({ tag: key.slice(TAG_KEY_PREFIX.length), count: counts[index] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Wins created in [from, to), counted on the time index without reading rows. */
export function countBetween(db: JournalDatabase, from: number, to: number): Promise<number> {
  return db.wins.where('[createdAt+id]').between([from, Dexie.minKey], [to, Dexie.minKey], true, false).count();
}

/**
 * Wins per period: periods are [starts[i], starts[i+1]) and the last one ends
 * at `end` (exclusive). One native count per period in a single read
 * transaction: no rows and no cursor steps, so a year of days costs the same
 * at 100 or 100,000 wins. Feeds the heatmap (days), weekly chart and streak (weeks).
 */
export function countsPerPeriod(db: JournalDatabase, starts: readonly number[], end: number): Promise<number[]> {
  return db.transaction('r', db.wins, () =>
    Promise.all(starts.map((start, index) => countBetween(db, start, starts[index + 1] ?? end))),
  );
}

/** Wins per Monday-first local week for the `weeks` weeks ending with the current one, oldest first (popup rhythm, chart). */
export async function weeklyCounts(db: JournalDatabase, weeks = 12, now = Date.now()): Promise<WeekBar[]> {
  const starts = weekStarts(now, weeks);
  const counts = await countsPerPeriod(db, starts, addDays(starts[starts.length - 1] ?? now, 7));
  return weeklyBars(starts, counts, weeks);
}

/**
 * Tags of the latest wins, most used first: what the popup suggests. Bounded to
 * `lookback` rows so it costs the same at 100 or 100,000 wins and never holds up
 * a save (a whole-index tag count takes seconds at that size).
 */
export async function recentTags(db: JournalDatabase, lookback = 200): Promise<string[]> {
  const rows = await db.wins.orderBy('[createdAt+id]').reverse().limit(lookback).toArray();
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/**
 * Kind and time of the wins created in [from, to), newest first, at most `max`:
 * what a week's summary needs, read through the time index. A week of more than
 * 5,000 wins is not a week anyone logs by hand; the cap keeps the read bounded.
 */
export async function kindsBetween(
  db: JournalDatabase,
  from: number,
  to: number,
  max = 5000,
): Promise<Array<Pick<Win, 'kind' | 'createdAt'>>> {
  const rows = await db.wins
    .where('[createdAt+id]')
    .between([from, Dexie.minKey], [to, Dexie.minKey], true, false)
    .reverse()
    .limit(max)
    .toArray();
  return rows.map(({ kind, createdAt }) => ({ kind, createdAt }));
}

import Dexie from 'dexie';
import type { JournalDatabase } from '@/lib/db/database';
import { TAG_KEY_PREFIX } from '@/lib/journal/search-words';
import type { Win } from '@/lib/journal/win-schema';
import { addDays, weekStarts } from '@/lib/journal/calendar';
import { firstDayOfWeek } from '@/lib/journal/first-day-of-week';
import { weeklyBars, weeksFromDays, type WeekBar } from '@/lib/journal/weekly-chart';
import { heatmapDayStarts } from '@/lib/journal/heatmap';

/**
 * The agent's distinct tags, from the tag keys of the word index (keys only, one
 * step per distinct tag, no rows read and nothing counted), in alphabetical order;
 * capped because suggestions never need thousands.
 */
export async function allTags(db: JournalDatabase, max = 500): Promise<string[]> {
  const keys = (await db.winWords.where('words').startsWith(TAG_KEY_PREFIX).uniqueKeys()).slice(0, max) as string[];
  return keys.map((key) => key.slice(TAG_KEY_PREFIX.length));
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

/** Wins per local week (from the locale's first day) for the `weeks` weeks ending with the current one, oldest first. */
export async function weeklyCounts(
  db: JournalDatabase,
  weeks = 12,
  now = Date.now(),
  firstDay = firstDayOfWeek(),
): Promise<WeekBar[]> {
  const starts = weekStarts(now, weeks, firstDay);
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

export interface OverviewCounts {
  dayStarts: number[];
  days: number[];
  weekStarts: number[];
  weeks: number[];
}

/**
 * Wins per day for the heatmap's year and per week for the streak's two years:
 * the weeks the year covers are summed from its days, only older weeks are counted,
 * so no win is counted twice (about half the index reads of counting both).
 */
export async function overviewCounts(db: JournalDatabase, at: number, weeks = 104): Promise<OverviewCounts> {
  const dayStarts = heatmapDayStarts(at);
  const starts = weekStarts(at, weeks);
  const days = await countsPerPeriod(db, dayStarts, addDays(at, 1));
  const fromDays = weeksFromDays(dayStarts, days, starts);
  const older = starts.filter((_, index) => fromDays[index] === undefined);
  const olderCounts = older.length > 0 ? await countsPerPeriod(db, older, addDays(older[older.length - 1]!, 7)) : [];
  const counted = new Map(older.map((start, index) => [start, olderCounts[index] ?? 0]));
  return {
    dayStarts,
    days,
    weekStarts: starts,
    weeks: starts.map((start, index) => fromDays[index] ?? counted.get(start) ?? 0),
  };
}

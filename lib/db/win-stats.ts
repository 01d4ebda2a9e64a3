import type { JournalDatabase } from './database';

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Distinct tags from the `*tags` index (keys only, no rows read) with their
 * counts, most used first; capped because suggestions never need thousands.
 */
export async function allTags(db: JournalDatabase, max = 500): Promise<TagCount[]> {
  const tags = (await db.wins.orderBy('tags').uniqueKeys()).slice(0, max) as string[];
  const counts = await Promise.all(tags.map((tag) => db.wins.where('tags').equals(tag).count()));
  return tags
    .map((tag, index) => ({ tag, count: counts[index] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Creation times in [from, to], read from the createdAt index keys only (no
 * row values): the input of the heatmap, weekly chart and streak.
 */
export async function winTimesBetween(db: JournalDatabase, from: number, to: number): Promise<number[]> {
  const keys = await db.wins.where('createdAt').between(from, to, true, true).keys();
  return keys as number[];
}

/** Counts per week for the given week starts (each week is [start, next start)). */
export async function weeklyCounts(db: JournalDatabase, weekStarts: readonly number[], end: number): Promise<number[]> {
  return Promise.all(
    weekStarts.map((start, index) =>
      db.wins
        .where('createdAt')
        .between(start, weekStarts[index + 1] ?? end, true, false)
        .count(),
    ),
  );
}

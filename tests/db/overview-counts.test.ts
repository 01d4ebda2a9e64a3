import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { countsPerPeriod, overviewCounts } from '@/lib/db/win-stats';
import { addDays, weekStarts } from '@/lib/journal/calendar';
import { heatmapDayStarts } from '@/lib/journal/heatmap';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('overview'));
  await openJournal(db);
});
afterEach(() => db.close());

describe('overviewCounts', () => {
  it('gives the same days and weeks as counting each period on its own, reading each win once', async () => {
    const now = new Date(2026, 11, 3, 15).getTime();
    const wins = Array.from({ length: 900 }, (_, index) =>
      makeWin(index, { createdAt: now - ((index * 7_919_000_000) % (760 * 86_400_000)) }),
    );
    await importWins(db, wins, 'replace');
    const counts = await overviewCounts(db, now, 104);
    const starts = weekStarts(now, 104);
    expect(counts.days).toEqual(await countsPerPeriod(db, heatmapDayStarts(now), addDays(now, 1)));
    expect(counts.weeks).toEqual(await countsPerPeriod(db, starts, addDays(starts[starts.length - 1]!, 7)));
    expect(counts.weeks.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });
});

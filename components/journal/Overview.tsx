import { useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { countsPerPeriod } from '@/lib/db/win-stats';
import { addDays, weekStarts } from '@/lib/journal/calendar';
import { buildHeatmap, heatmapDayStarts } from '@/lib/journal/heatmap';
import { weeklyBars } from '@/lib/journal/weekly-chart';
import { forgivingStreak } from '@/lib/journal/streak';
import { t } from '@/lib/i18n';
import { Heatmap } from '@/components/journal/Heatmap';
import { WeeklyChart } from '@/components/journal/WeeklyChart';
import { StreakLine } from '@/components/journal/StreakLine';

/** Two years of weeks is plenty for a streak; older history never changes it meaningfully. */
const STREAK_WEEKS = 104;

interface Props {
  db: JournalDatabase;
  now: () => number;
  revision: number;
}

interface Counts {
  at: number;
  days: number[];
  weekStarts: number[];
  weeks: number[];
}

/** Per-day and per-week counts (native counts, no rows read) → heatmap, weekly chart and streak. */
export function Overview({ db, now, revision }: Props) {
  const [counts, setCounts] = useState<Counts | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const at = now();
    const starts = weekStarts(at, STREAK_WEEKS);
    const nextWeek = addDays(starts[starts.length - 1] ?? at, 7);
    void Promise.all([
      countsPerPeriod(db, heatmapDayStarts(at), addDays(at, 1)),
      countsPerPeriod(db, starts, nextWeek),
    ]).then(([days, weeks]) => live && setCounts({ at, days, weekStarts: starts, weeks }));
    return () => {
      live = false;
    };
  }, [db, now, revision]);

  if (!counts) return null;
  return (
    <section id="rhythm" className="journal-card journal-overview" aria-labelledby="journal-overview-title">
      <h2 id="journal-overview-title">{t('journal_overviewTitle')}</h2>
      <StreakLine streak={forgivingStreak(counts.weeks)} />
      <Heatmap heatmap={buildHeatmap(counts.days, counts.at)} />
      <WeeklyChart bars={weeklyBars(counts.weekStarts, counts.weeks)} />
    </section>
  );
}

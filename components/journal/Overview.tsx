import { useEffect, useState } from 'react';
import type { JournalDatabase } from '../../lib/db/database';
import { winTimesBetween } from '../../lib/db/win-stats';
import { addDays, weekStarts } from '../../lib/journal/calendar';
import { buildHeatmap } from '../../lib/journal/heatmap';
import { weeklyBars } from '../../lib/journal/weekly-chart';
import { forgivingStreak } from '../../lib/journal/streak';
import { countIntoBuckets } from '../../lib/journal/buckets';
import { t } from '../../lib/i18n';
import { Heatmap } from './Heatmap';
import { WeeklyChart } from './WeeklyChart';
import { StreakLine } from './StreakLine';

/** Two years of weeks is plenty for a streak; older history never changes it meaningfully. */
const STREAK_WEEKS = 104;

interface Props {
  db: JournalDatabase;
  now: () => number;
  revision: number;
}

/** Reads creation times once (index keys only) and derives heatmap, weekly chart and streak from them. */
export function Overview({ db, now, revision }: Props) {
  const [times, setTimes] = useState<number[] | undefined>(undefined);
  const [at, setAt] = useState(now);

  useEffect(() => {
    let live = true;
    const current = now();
    const from = Math.min(weekStarts(current, STREAK_WEEKS)[0] ?? current, addDays(current, -366));
    void winTimesBetween(db, from, addDays(current, 1)).then((found) => {
      if (!live) return;
      setTimes(found);
      setAt(current);
    });
    return () => {
      live = false;
    };
  }, [db, now, revision]);

  if (!times) return null;
  const starts = weekStarts(at, STREAK_WEEKS);
  const streak = forgivingStreak(countIntoBuckets(times, starts, addDays(at, 1)));
  return (
    <section className="journal-overview" aria-labelledby="journal-overview-title">
      <h2 id="journal-overview-title">{t('journal_overviewTitle')}</h2>
      <StreakLine streak={streak} />
      <Heatmap heatmap={buildHeatmap(times, at)} />
      <WeeklyChart bars={weeklyBars(times, at)} />
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useInView } from '@/components/shared/use-in-view';
import type { JournalDatabase } from '@/lib/db/database';
import { overviewCounts } from '@/lib/db/win-stats';
import { buildHeatmap } from '@/lib/journal/heatmap';
import { weeklyBars } from '@/lib/journal/weekly-chart';
import { forgivingStreak } from '@/lib/journal/streak';
import { t } from '@/lib/i18n';
import { Heatmap } from '@/components/journal/Heatmap';
import { WeeklyChart } from '@/components/journal/WeeklyChart';
import { StreakLine } from '@/components/journal/StreakLine';
import { startRead } from '@/lib/db/start-read';

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
  const section = useRef<HTMLElement>(null);
  const inView = useInView(section);

  useEffect(() => {
    if (!inView) return;
    const at = now();
    return startRead(
      () => overviewCounts(db, at, STREAK_WEEKS),
      (found) => setCounts({ at, days: found.days, weekStarts: found.weekStarts, weeks: found.weeks }),
    );
  }, [db, now, revision, inView]);

  return (
    <section
      ref={section}
      id="rhythm"
      className="journal-card journal-overview"
      aria-labelledby="journal-overview-title"
      aria-busy={!counts}
    >
      <h2 id="journal-overview-title">{t('journal_overviewTitle')}</h2>
      {counts ? <Charts counts={counts} /> : <p className="journal-muted">{t('journal_loading')}</p>}
    </section>
  );
}

function Charts({ counts }: { counts: Counts }) {
  return (
    <>
      <StreakLine streak={forgivingStreak(counts.weeks)} />
      <Heatmap heatmap={buildHeatmap(counts.days, counts.at)} />
      <WeeklyChart bars={weeklyBars(counts.weekStarts, counts.weeks)} />
    </>
  );
}

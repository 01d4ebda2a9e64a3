import { useEffect, useRef, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { kindsBetween } from '@/lib/db/win-stats';
import { addDays, startOfWeek } from '@/lib/journal/calendar';
import { summariseWeek, type WeekSummary } from '@/lib/journal/week-summary';
import { kindLabel } from '@/lib/journal/kind-label';
import { t } from '@/lib/i18n';
import { formatCount, tCount } from '@/lib/i18n/plural';
import { startRead } from '@/lib/db/start-read';

interface Props {
  db: JournalDatabase;
  now: () => number;
  revision: number;
  /** The reminder's notification opens the journal at #week: the section takes focus. */
  focusOnOpen: boolean;
}

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** This week's wins by kind and one kind sentence about it (a quiet week is said kindly). */
export function WeekSection({ db, now, revision, focusOnOpen }: Props) {
  const [summary, setSummary] = useState<{ week: WeekSummary; start: number } | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const start = startOfWeek(now());
    return startRead(
      () => kindsBetween(db, start, addDays(start, 7)),
      (wins) => setSummary({ week: summariseWeek(wins), start }),
    );
  }, [db, now, revision]);

  useEffect(() => {
    if (focusOnOpen && summary) heading.current?.focus();
  }, [focusOnOpen, summary]);

  if (!summary) return null;
  const { week, start } = summary;
  const sentence =
    week.theme === 'quiet'
      ? t('journal_weekQuiet')
      : week.theme === 'varied'
        ? tCount('journal_weekSentence_varied', week.byKind.length)
        : tCount(`journal_weekSentence_${week.theme.replace(/-/g, '_')}`, week.byKind[0]?.count ?? 0);
  return (
    <section id="week" className="journal-card journal-week" aria-labelledby="journal-week-title">
      <h2 id="journal-week-title" ref={heading} tabIndex={-1}>
        {t('journal_weekTitle', dayMonth.format(start), dayMonth.format(addDays(start, 6)))}
      </h2>
      <p className="journal-week-sentence">{sentence}</p>
      {week.total > 0 && (
        <>
          <p className="journal-muted">
            {t('journal_weekTotals', tCount('journal_winCount', week.total), tCount('journal_dayCount', week.days))}
          </p>
          <ul className="journal-week-kinds" aria-label={t('journal_weekByKind')}>
            {week.byKind.map(({ kind, count }) => (
              <li key={kind} className={`journal-kind-chip journal-kind--${kind}`}>
                <span>{kindLabel(kind)}</span> <strong>{formatCount(count)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

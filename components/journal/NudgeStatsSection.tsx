import { useEffect, useRef, useState } from 'react';
import { useInView } from '@/components/shared/use-in-view';
import type { JournalDatabase } from '@/lib/db/database';
import { nudgeTotalsSince, type RuleTotals } from '@/lib/db/nudge-stats';
import { addDays, dayKey } from '@/lib/journal/calendar';
import { ruleNameById } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import { formatCount, tCount } from '@/lib/i18n/plural';
import { startRead } from '@/lib/db/start-read';

const DAYS = 30;

/** Private: how the agent used nudges in the last 30 days. Never leaves this browser. */
export function NudgeStatsSection({ db, now }: { db: JournalDatabase; now: () => number }) {
  const [totals, setTotals] = useState<RuleTotals[] | undefined>(undefined);
  const section = useRef<HTMLElement>(null);
  const inView = useInView(section);

  useEffect(() => {
    if (!inView) return;
    return startRead(() => nudgeTotalsSince(db, dayKey(addDays(now(), -(DAYS - 1)))), setTotals);
  }, [db, now, inView]);

  return (
    <section ref={section} className="journal-card journal-nudges" aria-labelledby="journal-nudges-title">
      <h2 id="journal-nudges-title">{tCount('journal_nudgesTitle', DAYS)}</h2>
      <p>{t('journal_nudgesPrivate')}</p>
      {totals && totals.length === 0 && <p>{t('journal_nudgesEmpty')}</p>}
      {totals && totals.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('journal_nudgeRule')}</th>
              <th scope="col">{t('journal_nudgeSeen')}</th>
              <th scope="col">{t('journal_nudgeActed')}</th>
              <th scope="col">{t('journal_nudgeMuted')}</th>
              <th scope="col">{t('journal_nudgeHelpful')}</th>
              <th scope="col">{t('journal_nudgeNotHelpful')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((row) => (
              <tr key={row.ruleId}>
                <th scope="row">{ruleNameById(row.ruleId)}</th>
                <td>{formatCount(row.seen)}</td>
                <td>{formatCount(row.acted)}</td>
                <td>{formatCount(row.muted)}</td>
                <td>{formatCount(row.helpful)}</td>
                <td>{formatCount(row.notHelpful)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { nudgeTotalsSince, type RuleTotals } from '@/lib/db/nudge-stats';
import { addDays, dayKey } from '@/lib/journal/calendar';
import { ruleNameById } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';

const DAYS = 30;

/** Private: how the agent used nudges in the last 30 days. Never leaves this browser. */
export function NudgeStatsSection({ db, now }: { db: JournalDatabase; now: () => number }) {
  const [totals, setTotals] = useState<RuleTotals[] | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void nudgeTotalsSince(db, dayKey(addDays(now(), -(DAYS - 1)))).then((found) => live && setTotals(found));
    return () => {
      live = false;
    };
  }, [db, now]);

  return (
    <section className="journal-nudges" aria-labelledby="journal-nudges-title">
      <h2 id="journal-nudges-title">{t('journal_nudgesTitle', DAYS)}</h2>
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
                <td>{row.seen}</td>
                <td>{row.acted}</td>
                <td>{row.muted}</td>
                <td>{row.helpful}</td>
                <td>{row.notHelpful}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

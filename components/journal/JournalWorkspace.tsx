import { useCallback, useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { deleteWins, restoreWins } from '@/lib/db/wins';
import { t } from '@/lib/i18n';
import { SearchFilters, type Filters, EMPTY_FILTERS } from '@/components/journal/SearchFilters';
import { WinList } from '@/components/journal/WinList';
import { UndoToast } from '@/components/journal/UndoToast';
import { Overview } from '@/components/journal/Overview';
import { ExportPanel } from '@/components/journal/ExportPanel';
import { ImportPanel } from '@/components/journal/ImportPanel';
import { NudgeStatsSection } from '@/components/journal/NudgeStatsSection';
import { BackupReminder } from '@/components/journal/BackupReminder';
import { describeJournalError } from '@/lib/db/describe-error';

interface Props {
  db: JournalDatabase;
  now: () => number;
}

/** Everything on the page once the journal is open; `revision` tells sections to re-read after a change. */
export function JournalWorkspace({ db, now }: Props) {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [listRevision, setListRevision] = useState(0);
  const [statsRevision, setStatsRevision] = useState(0);
  const [deleted, setDeleted] = useState<Win[]>([]);
  const [error, setError] = useState('');
  const [total, setTotal] = useState<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void db.wins.count().then((count) => live && setTotal(count));
    return () => {
      live = false;
    };
  }, [db, statsRevision]);

  const changed = useCallback(() => setStatsRevision((value) => value + 1), []);
  const reloadAll = useCallback(() => {
    setListRevision((value) => value + 1);
    setStatsRevision((value) => value + 1);
  }, []);

  const remove = useCallback(
    async (ids: string[]) => {
      setError('');
      try {
        const gone = await deleteWins(db, ids);
        // Deletes made while the toast is up join it, so one Undo brings all of them back.
        setDeleted((earlier) => [...earlier, ...gone]);
        changed();
        return gone.map((win) => win.id);
      } catch (caught) {
        setError(describeJournalError(caught));
        return [];
      }
    },
    [db, changed],
  );

  const undo = useCallback(async () => {
    setError('');
    try {
      await restoreWins(db, deleted);
      setDeleted([]);
      reloadAll();
    } catch (caught) {
      setError(describeJournalError(caught));
    }
  }, [db, deleted, reloadAll]);

  const dismiss = useCallback(() => setDeleted([]), []);
  const empty = total === 0;
  return (
    <>
      {error && (
        <p className="journal-error" role="alert">
          {error}
        </p>
      )}
      <BackupReminder db={db} revision={statsRevision} />
      {empty ? (
        <section className="journal-empty" aria-labelledby="journal-empty-title">
          <h2 id="journal-empty-title">{t('journal_emptyTitle')}</h2>
          <p>{t('journal_emptyBody')}</p>
        </section>
      ) : (
        <>
          <Overview db={db} now={now} revision={statsRevision} />
          <section aria-labelledby="journal-wins-title">
            <h2 id="journal-wins-title">{t('journal_winsTitle')}</h2>
            <SearchFilters db={db} revision={statsRevision} filters={filters} onChange={setFilters} />
            <WinList db={db} filters={filters} revision={listRevision} onRemove={remove} onEdited={changed} />
          </section>
        </>
      )}
      <ExportPanel db={db} now={now} disabled={empty} />
      <ImportPanel db={db} onImported={reloadAll} />
      <NudgeStatsSection db={db} now={now} />
      {deleted.length > 0 && <UndoToast count={deleted.length} onUndo={undo} onDismiss={dismiss} />}
    </>
  );
}

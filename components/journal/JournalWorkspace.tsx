import { useCallback, useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { deleteWins, restoreWins } from '@/lib/db/wins';
import { describeJournalError } from '@/lib/db/describe-error';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { SearchFilters, type Filters, EMPTY_FILTERS } from '@/components/journal/SearchFilters';
import { WinList } from '@/components/journal/WinList';
import { UndoToast } from '@/components/journal/UndoToast';
import { Overview } from '@/components/journal/Overview';
import { AddWinForm } from '@/components/journal/AddWinForm';
import { WeekSection } from '@/components/journal/WeekSection';
import { ThanksSection } from '@/components/journal/ThanksSection';
import { BragSection } from '@/components/journal/BragSection';
import { BackupSection } from '@/components/journal/BackupSection';
import { ReminderSection } from '@/components/journal/ReminderSection';
import { NudgeStatsSection } from '@/components/journal/NudgeStatsSection';
import { BackupReminder } from '@/components/journal/BackupReminder';
import { WordIndexStatus } from '@/components/journal/WordIndexStatus';
import { JournalNav } from '@/components/journal/JournalNav';
import { startRead } from '@/lib/db/start-read';
import { watchOtherPagesWins } from '@/lib/db/journal-changes';

interface Props {
  db: JournalDatabase;
  now: () => number;
  /** The part of the page the address points at (`#week` from the reminder, `#backup` from Options). */
  hash?: string;
}

/** The words of a large restore are written by the background, so closing this page does not stop them. */
const indexInBackground = () => void sendToBackground('page→background:index-words', {}).catch(() => undefined);

/**
 * Everything on the page once the journal is open: wins first (add one, find one),
 * then the week, the rhythm charts, thanks, the brag document, backup and reminder.
 * `listRevision` re-reads the list, `statsRevision` everything counted.
 */
export function JournalWorkspace({ db, now, hash = '' }: Props) {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [listRevision, setListRevision] = useState(0);
  const [statsRevision, setStatsRevision] = useState(0);
  const [deleted, setDeleted] = useState<Win[]>([]);
  const [error, setError] = useState('');
  const [empty, setEmpty] = useState<boolean | undefined>(undefined);
  // The wins come first on screen and first to IndexedDB: the counting sections start
  // once the first page is shown, so at 100,000 wins they never hold the list up.
  const [listShown, setListShown] = useState(false);
  const showList = useCallback(() => setListShown(true), []);

  useEffect(() => {
    // One key is enough to know: counting 100,000 wins would be read for nothing.
    return startRead(
      () => db.wins.toCollection().limit(1).primaryKeys(),
      (keys) => setEmpty(keys.length === 0),
      (failure) => {
        setError(describeJournalError(failure));
        setEmpty(false);
      },
    );
  }, [db, statsRevision]);

  const ready = empty !== undefined;
  useEffect(() => {
    // Sections render after the journal opens, so the browser's own jump to the anchor came too early.
    if (ready && hash && hash !== '#week') document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [ready, hash]);

  const changed = useCallback(() => setStatsRevision((value) => value + 1), []);
  const reloadAll = useCallback(() => {
    setListRevision((value) => value + 1);
    setStatsRevision((value) => value + 1);
  }, []);
  // A wipe in Options, a restore in another journal tab, a win saved from the sidebar or popup.
  const [outsideChange, setOutsideChange] = useState(0);
  useEffect(
    () =>
      watchOtherPagesWins(() => {
        reloadAll();
        setOutsideChange((value) => value + 1);
      }),
    [reloadAll],
  );
  const restored = useCallback(() => {
    reloadAll();
    indexInBackground();
  }, [reloadAll]);

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
  if (!ready) return <p role="status">{t('journal_loading')}</p>;
  const counting = listShown || empty;
  return (
    <>
      <JournalNav />
      {error && (
        <p className="journal-error" role="alert">
          {error}
        </p>
      )}
      {counting && <BackupReminder db={db} revision={statsRevision} />}
      <WordIndexStatus db={db} revision={listRevision} onDone={reloadAll} />
      <section id="wins" className="journal-card" aria-labelledby="journal-wins-title">
        <h2 id="journal-wins-title">{t('journal_winsTitle')}</h2>
        <AddWinForm db={db} now={now} onSaved={reloadAll} />
        {empty ? (
          <div className="journal-empty">
            <h3>{t('journal_emptyTitle')}</h3>
            <p>{t('journal_emptyBody')}</p>
          </div>
        ) : (
          <>
            <SearchFilters
              db={db}
              revision={statsRevision}
              loadTags={listShown}
              filters={filters}
              onChange={setFilters}
            />
            <WinList
              db={db}
              filters={filters}
              revision={listRevision}
              onRemove={remove}
              onEdited={changed}
              onShown={showList}
            />
          </>
        )}
      </section>
      {counting && <WeekSection db={db} now={now} revision={statsRevision} focusOnOpen={hash === '#week'} />}
      {counting && !empty && <Overview db={db} now={now} revision={statsRevision} />}
      <ThanksSection db={db} now={now} onKept={reloadAll} />
      {counting && <BragSection db={db} now={now} revision={statsRevision} />}
      <BackupSection db={db} now={now} empty={empty} onRestored={restored} outsideChange={outsideChange} />
      <ReminderSection />
      {counting && <NudgeStatsSection db={db} now={now} />}
      {deleted.length > 0 && <UndoToast count={deleted.length} onUndo={undo} onDismiss={dismiss} />}
    </>
  );
}

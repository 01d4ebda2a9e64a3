import { useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { exportCsv } from '@/lib/db/journal-exports';
import { describeJournalError } from '@/lib/db/describe-error';
import { saveBackup } from '@/lib/backup/write-backup';
import { dayKey } from '@/lib/journal/calendar';
import { t } from '@/lib/i18n';
import { downloadBlob } from '@/components/shared/download';
import { RestorePanel } from '@/components/journal/RestorePanel';

interface Props {
  db: JournalDatabase;
  now: () => number;
  empty: boolean;
  onRestored: () => void;
  /** Bumped when another page changed the wins: an outcome shown here may no longer be true. */
  outsideChange: number;
}

/**
 * The journal lives only in this browser: one backup of everything the agent made
 * (the same file Options → Privacy writes), restore, and a spreadsheet copy of the wins.
 */
export function BackupSection({ db, now, empty, onRestored, outsideChange }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setStatus(t('journal_exportDone'));
    } catch (caught) {
      setStatus(describeJournalError(caught));
    } finally {
      setBusy(false);
    }
  };

  const backUp = () => run(() => saveBackup(db, downloadBlob, now()));
  const csv = () => run(async () => downloadBlob((await exportCsv(db)).blob, `heartdesk-wins-${dayKey(now())}.csv`));

  return (
    <section id="backup" className="journal-card" aria-labelledby="journal-backup-title">
      <h2 id="journal-backup-title">{t('journal_backupTitle')}</h2>
      <p className="journal-muted">{t('journal_backupIntro')}</p>
      <div className="journal-actions">
        <button type="button" className="journal-primary" disabled={busy} onClick={() => void backUp()}>
          {t('journal_backupButton')}
        </button>
        <button type="button" disabled={busy || empty} onClick={() => void csv()}>
          {t('journal_exportCsv')}
        </button>
      </div>
      <p role="status" className="journal-muted">
        {status}
      </p>
      <RestorePanel db={db} onRestored={onRestored} outsideChange={outsideChange} />
    </section>
  );
}

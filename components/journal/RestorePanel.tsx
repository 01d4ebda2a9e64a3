import { useEffect, useId, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { ImportMode } from '@/lib/db/import-wins';
import { isQuotaError, JournalStorageFullError } from '@/lib/db/errors';
import { describeJournalError } from '@/lib/db/describe-error';
import { isTooLarge, tooLarge } from '@/lib/journal/read-backup-file';
import { readBackup, type CheckedBackup } from '@/lib/backup/read-backup';
import { planRestore, type RestorePlan } from '@/lib/backup/plan-restore';
import { applyRestore } from '@/lib/backup/apply-restore';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { FilePicker } from '@/components/journal/FilePicker';
import { RestorePreview } from '@/components/journal/RestorePreview';
import { startRead } from '@/lib/db/start-read';

type Stage =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'refused'; message: string }
  | { step: 'ready'; backup: CheckedBackup }
  | { step: 'restoring'; written: number; total: number }
  /** `seen`: the other pages' changes counted when it finished; one more and "Restored." may no longer be so (a wipe in Options). */
  | { step: 'done'; wins: number; seen: number }
  | { step: 'failed'; message: string };

interface Props {
  db: JournalDatabase;
  onRestored: () => void;
  /** Bumped when another page changed the wins: the preview is planned again, "Restored." goes. */
  outsideChange: number;
}

/**
 * One import for every backup Heartdesk ever wrote: the whole file is checked
 * first, the preview says part by part what will change in the chosen mode, and
 * only "Restore" writes, all or nothing.
 */
export function RestorePanel({ db, onRestored, outsideChange }: Props) {
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  // The plan for the file and mode it was made for; another file or mode shows "checking" until its own arrives.
  const [planned, setPlanned] = useState<{ backup: CheckedBackup; plan: RestorePlan } | undefined>(undefined);
  const [fileName, setFileName] = useState('');

  const backup = stage.step === 'ready' ? stage.backup : undefined;
  useEffect(() => {
    if (!backup) return;
    return startRead(
      () => planRestore(db, backup, mode),
      (result) => {
        if (result.ok) setPlanned({ backup, plan: result.plan });
        else setStage({ step: 'refused', message: result.refusal.message });
      },
      (error) => setStage({ step: 'failed', message: describeJournalError(error) }),
    );
  }, [db, backup, mode, outsideChange]);

  const plan = planned && planned.backup === backup && planned.plan.mode === mode ? planned.plan : undefined;

  const choose = async (file: File | undefined) => {
    setFileName(file?.name ?? '');
    if (!file) return setStage({ step: 'idle' });
    if (isTooLarge(file.size)) return setStage({ step: 'refused', message: tooLarge().refusal.message });
    setStage({ step: 'checking' });
    const read = await readBackup(await file.text());
    setStage(read.ok ? { step: 'ready', backup: read.backup } : { step: 'refused', message: read.refusal.message });
  };

  const restore = async (chosen: RestorePlan) => {
    const total = chosen.wins?.wins.length ?? 0;
    setStage({ step: 'restoring', written: 0, total });
    try {
      await applyRestore(db, chosen, (written) => setStage({ step: 'restoring', written, total }));
      setStage({ step: 'done', wins: total, seen: outsideChange });
      onRestored();
    } catch (caught) {
      setStage({
        step: 'failed',
        message:
          caught instanceof JournalStorageFullError || isQuotaError(caught)
            ? t('journal_restoreStorageFull')
            : describeJournalError(caught),
      });
    }
  };

  const busy = stage.step === 'checking' || stage.step === 'restoring';
  return (
    <div className="journal-restore">
      <h3 id={`${id}-title`}>{t('journal_restoreTitle')}</h3>
      <p className="journal-muted">{t('journal_restoreIntro')}</p>
      <FilePicker
        label={t('journal_restoreChoose')}
        accept="application/json,.json"
        fileName={fileName}
        disabled={busy}
        onChoose={(file) => void choose(file)}
      />
      {stage.step === 'checking' && <p role="status">{t('journal_restoreChecking')}</p>}
      {(stage.step === 'refused' || stage.step === 'failed') && (
        <p className="journal-error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.step === 'ready' && (
        <RestorePreview
          mode={mode}
          onMode={setMode}
          plan={plan}
          onRestore={(chosen) => void restore(chosen)}
          onCancel={() => void choose(undefined)}
        />
      )}
      {stage.step === 'restoring' && (
        <p role="status" className="journal-progress">
          <progress max={Math.max(stage.total, 1)} value={stage.written} />
          {tCount('journal_restoreProgress', stage.written, stage.total)}
        </p>
      )}
      {stage.step === 'done' && stage.seen === outsideChange && (
        <p role="status" className="journal-done">
          {tCount('journal_restoreDone', stage.wins)}
        </p>
      )}
    </div>
  );
}

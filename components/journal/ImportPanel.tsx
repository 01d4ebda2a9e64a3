import { useEffect, useId, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { importWins, previewImport, type ImportMode, type ImportPreview } from '@/lib/db/import-wins';
import { isTooLarge, parseBackup } from '@/lib/journal/import-backup';
import { MAX_BACKUP_BYTES } from '@/lib/journal/backup-format';
import { t } from '@/lib/i18n';
import { describeJournalError } from '@/lib/db/describe-error';

type Stage =
  | { step: 'idle' }
  | { step: 'refused'; message: string }
  | { step: 'ready'; wins: Win[] }
  | { step: 'importing'; written: number; total: number }
  | { step: 'done'; count: number }
  | { step: 'failed'; message: string };

/**
 * Import a JSON backup: the whole file is checked first and a preview shows
 * what will change; only "Import" writes, in one all-or-nothing transaction.
 */
export function ImportPanel({ db, onImported }: { db: JournalDatabase; onImported: () => void }) {
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);

  const wins = stage.step === 'ready' ? stage.wins : undefined;
  useEffect(() => {
    if (!wins) return;
    let live = true;
    void previewImport(db, wins, mode).then((found) => live && setPreview(found));
    return () => {
      live = false;
    };
  }, [db, wins, mode]);

  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    if (!file) return setStage({ step: 'idle' });
    if (isTooLarge(file.size)) {
      return setStage({
        step: 'refused',
        message: t('journal_refusal_too_large', Math.round(MAX_BACKUP_BYTES / 2 ** 20)),
      });
    }
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      return setStage({ step: 'refused', message: t(parsed.refusal.messageKey, ...parsed.refusal.substitutions) });
    }
    setStage({ step: 'ready', wins: parsed.wins });
  };

  const run = async (toImport: Win[]) => {
    setStage({ step: 'importing', written: 0, total: toImport.length });
    try {
      await importWins(db, toImport, mode, (written, total) => setStage({ step: 'importing', written, total }));
      setStage({ step: 'done', count: toImport.length });
      onImported();
    } catch (caught) {
      setStage({ step: 'failed', message: describeJournalError(caught) });
    }
  };

  return (
    <section className="journal-import" aria-labelledby="journal-import-title">
      <h2 id="journal-import-title">{t('journal_importTitle')}</h2>
      <label htmlFor={`${id}-file`}>{t('journal_importFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        disabled={stage.step === 'importing'}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <fieldset disabled={stage.step === 'importing'}>
        <legend>{t('journal_importMode')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {t('journal_importMerge')}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {t('journal_importReplace')}
        </label>
      </fieldset>
      {(stage.step === 'refused' || stage.step === 'failed') && (
        <p className="journal-error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.step === 'ready' && preview && (
        <div className="journal-preview">
          <p role="status">
            {t('journal_importPreview', preview.added, preview.changed, preview.unchanged)}
            {mode === 'replace' && ` ${t('journal_importPreviewRemoved', preview.removed)}`}
          </p>
          <button type="button" onClick={() => void run(stage.wins)}>
            {t('journal_importConfirm', stage.wins.length)}
          </button>
        </div>
      )}
      {stage.step === 'importing' && (
        <p role="status">
          <progress max={stage.total} value={stage.written} /> {t('journal_importProgress', stage.written, stage.total)}
        </p>
      )}
      {stage.step === 'done' && <p role="status">{t('journal_importDone', stage.count)}</p>}
    </section>
  );
}

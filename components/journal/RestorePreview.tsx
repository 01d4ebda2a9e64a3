import { useId } from 'react';
import type { ImportMode } from '@/lib/db/import-wins';
import type { RestorePlan } from '@/lib/backup/plan-restore';
import { t } from '@/lib/i18n';

interface Props {
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  /** Undefined while the preview for the chosen mode is being worked out. */
  plan: RestorePlan | undefined;
  onRestore: (plan: RestorePlan) => void;
  onCancel: () => void;
}

const MODES: Array<{ mode: ImportMode; title: string; detail: string }> = [
  { mode: 'merge', title: 'journal_restoreMerge', detail: 'journal_restoreMergeDetail' },
  { mode: 'replace', title: 'journal_restoreReplace', detail: 'journal_restoreReplaceDetail' },
];

/** The choice of mode and, for it, every part's one-line outcome, before anything is written. */
export function RestorePreview({ mode, onMode, plan, onRestore, onCancel }: Props) {
  const id = useId();
  const changes = plan?.lines.some((line) => line.kind === 'change') ?? false;
  // Parts an older file lacks are said once, together, rather than one line each.
  const missing = plan?.lines.filter((line) => line.kind === 'missing') ?? [];
  return (
    <div className="journal-preview">
      <fieldset className="journal-choices">
        <legend>{t('journal_restoreHow')}</legend>
        {MODES.map((option) => (
          <label key={option.mode} className="journal-choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === option.mode}
              onChange={() => onMode(option.mode)}
            />
            <span>
              <strong>{t(option.title)}</strong>
              <span className="journal-muted">{t(option.detail)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {plan ? (
        <>
          <h4 id={`${id}-what`}>{t('journal_restoreWhat')}</h4>
          <ul className="journal-outcomes" aria-labelledby={`${id}-what`}>
            {plan.lines
              .filter((line) => line.kind !== 'missing')
              .map((line) => (
                <li key={line.part} className={`journal-outcome journal-outcome--${line.kind}`} data-part={line.part}>
                  {line.text}
                </li>
              ))}
            {missing.length > 0 && (
              <li className="journal-outcome journal-outcome--missing" data-part="missing">
                {t('journal_restoreMissing', missing.map((line) => line.label).join(t('backup_listSeparator')))}
              </li>
            )}
          </ul>
          <div className="journal-actions">
            <button type="button" className="journal-primary" disabled={!changes} onClick={() => onRestore(plan)}>
              {t(mode === 'replace' ? 'journal_restoreReplaceButton' : 'journal_restoreButton')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('journal_cancel')}
            </button>
          </div>
          {!changes && <p className="journal-muted">{t('journal_restoreNothing')}</p>}
        </>
      ) : (
        <p role="status">{t('journal_restoreChecking')}</p>
      )}
    </div>
  );
}

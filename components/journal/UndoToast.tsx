import { useEffect } from 'react';
import { t } from '../../lib/i18n';

/** Long enough to notice and reach with the keyboard; the toast keeps focus where it was. */
export const UNDO_WINDOW_MS = 10_000;

interface Props {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ count, onUndo, onDismiss }: Props) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [count, onDismiss]);
  return (
    <div className="journal-toast" role="status">
      <span>{t('journal_deleted', count)}</span>
      <button type="button" onClick={onUndo}>
        {t('journal_undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={t('journal_dismiss')}>
        ×
      </button>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

/** Long enough to notice and to reach with the keyboard. */
export const UNDO_WINDOW_MS = 10_000;

interface Props {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ count, onUndo, onDismiss }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);

  // The deleted win's buttons are gone, so focus would fall to the page: Undo is the natural next stop.
  useEffect(() => {
    undoButton.current?.focus();
  }, [count]);

  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [count, onDismiss]);
  return (
    <div className="journal-toast" role="status">
      <span>{tCount('journal_deleted', count)}</span>
      <button ref={undoButton} type="button" onClick={onUndo}>
        {t('journal_undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={t('journal_dismiss')}>
        ×
      </button>
    </div>
  );
}

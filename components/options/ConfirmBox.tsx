import { useEffect, useId, useRef } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation (no window.confirm: it blocks the page and cannot be
 * styled or translated). Focus lands on Cancel, the safe choice; Escape cancels.
 */
export function ConfirmBox({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const messageId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);

  return (
    <div
      role="alertdialog"
      aria-labelledby={messageId}
      className="hd-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={messageId}>{message}</p>
      <div className="hd-row">
        <button type="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </div>
  );
}

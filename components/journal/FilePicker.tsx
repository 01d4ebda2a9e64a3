import { useId, useRef } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  label: string;
  accept: string;
  fileName: string;
  disabled?: boolean;
  onChoose: (file: File | undefined) => void;
}

/**
 * A file input that looks like the page's other buttons in light and dark: the
 * native input stays in the page (keyboard, screen readers, drag and drop onto
 * it in tests) but is visually hidden behind its label, and the chosen name is shown.
 */
export function FilePicker({ label, accept, fileName, disabled, onChoose }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="journal-file">
      <input
        ref={input}
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          onChoose(event.target.files?.[0]);
          // Choosing the same file again (after fixing it) must fire change again.
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className="journal-button" aria-disabled={disabled}>
        {label}
      </label>
      <span className="journal-file-name" aria-live="polite">
        {fileName || t('journal_noFileChosen')}
      </span>
    </div>
  );
}

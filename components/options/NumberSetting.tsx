import { useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Locked by the agent's organisation: shown, not editable. */
  disabled?: boolean;
  /** Where the value comes from, beside the label ("Set by your organisation"). */
  badge?: ReactNode;
}

/** A whole-number setting saved as soon as it is valid; an out-of-range entry is explained and not saved. */
export function NumberSetting({ id, label, hint, value, min, max, onCommit, disabled, badge }: Props) {
  const [text, setText] = useState(String(value));
  // A change from storage (another tab) replaces what is in the box; adjusting during render avoids an effect pass.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className="hd-field">
      {/* The badge is part of the label, so a disabled field says why. */}
      <label htmlFor={id}>
        {label}
        {badge && <> {badge}</>}
      </label>
      {hint && (
        <p className="hd-muted" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        disabled={disabled}
        aria-invalid={valid ? undefined : true}
        aria-describedby={[hint ? hintId : '', valid ? '' : errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const number = Number(next);
          if (next.trim() !== '' && Number.isInteger(number) && number >= min && number <= max) onCommit(number);
        }}
      />
      {!valid && (
        <p id={errorId} className="hd-error">
          {t('options_numberRange', min, max)}
        </p>
      )}
    </div>
  );
}

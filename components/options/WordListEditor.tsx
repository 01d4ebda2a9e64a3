import { useState } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  label: string;
  hint: string;
  words: readonly string[];
  maxWords: number;
  maxLength: number;
  /** Receives an edit of the list, applied to the latest stored words (another tab may have changed them). */
  onEdit: (edit: (words: readonly string[]) => string[]) => void;
  /** Said when the list is empty (the organisation's words may be listed above it). */
  emptyText?: string;
}

/** Add and remove single words or short phrases (custom jargon). Duplicates are ignored regardless of case. */
export function WordListEditor({ id, label, hint, words, maxWords, maxLength, onEdit, emptyText }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');

  const add = () => {
    const word = draft.trim();
    if (!word) return setProblem(t('options_wordEmpty'));
    if (word.length > maxLength) return setProblem(t('options_wordTooLong', maxLength));
    if (words.length >= maxWords) return setProblem(t('options_wordTooMany', maxWords));
    if (words.some((existing) => existing.toLowerCase() === word.toLowerCase()))
      return setProblem(t('options_wordDuplicate', word));
    setProblem('');
    setDraft('');
    onEdit((latest) => (latest.some((w) => w.toLowerCase() === word.toLowerCase()) ? [...latest] : [...latest, word]));
  };

  return (
    <div className="hd-field">
      <label htmlFor={id}>{label}</label>
      <p className="hd-muted" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="hd-row">
        <input
          id={id}
          value={draft}
          aria-describedby={[`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ')}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('options_add')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="hd-error">
          {problem}
        </p>
      )}
      {words.length === 0 ? (
        <p className="hd-muted">{emptyText ?? t('options_wordListEmpty')}</p>
      ) : (
        <ul className="hd-chips">
          {words.map((word) => (
            <li key={word}>
              <span>{word}</span>{' '}
              <button
                type="button"
                aria-label={t('options_removeWordLabel', word)}
                onClick={() => onEdit((latest) => latest.filter((w) => w !== word))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

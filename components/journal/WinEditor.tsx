import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ZodError } from 'zod';
import type { JournalDatabase } from '@/lib/db/database';
import { WIN_KINDS, type Win, type WinKind } from '@/lib/journal/win-schema';
import { updateWin } from '@/lib/db/wins';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/journal/kind-label';
import { describeJournalError } from '@/lib/db/describe-error';
import { splitTags } from '@/components/shared/split-tags';
import { savesTitle, titleSaveHint } from '@/components/shared/save-keys';

interface Props {
  db: JournalDatabase;
  win: Win;
  /** The saved win, or undefined when cancelled. */
  onDone: (saved?: Win) => void;
}

/**
 * Inline edit; Enter in the win's words saves as everywhere else, Esc cancels; a refused edit
 * keeps what was typed and says which field is wrong.
 */
export function WinEditor({ db, win, onDone }: Props) {
  const id = useId();
  const [text, setText] = useState(win.text);
  const [note, setNote] = useState(win.note ?? '');
  const [kind, setKind] = useState<WinKind>(win.kind);
  const [tags, setTags] = useState(win.tags.join(', '));
  const [ticketUrl, setTicketUrl] = useState(win.ticketUrl ?? '');
  const [ticketSubject, setTicketSubject] = useState(win.ticketSubject ?? '');
  const [error, setError] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const changes = { text, note, kind, tags: splitTags(tags), ticketUrl, ticketSubject };
      onDone(await updateWin(db, win.id, changes));
    } catch (caught) {
      if (caught instanceof ZodError) {
        const field = String(caught.issues[0]?.path[0] ?? '');
        setError(t('journal_editInvalid', t(`journal_field_${field}`)));
      } else setError(describeJournalError(caught));
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDone();
  };

  return (
    <form className="journal-form journal-editor" onSubmit={(event) => void save(event)} onKeyDown={cancelOnEscape}>
      <div className="journal-field journal-field--wide">
        <label htmlFor={`${id}-text`}>{t('journal_field_text')}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          dir="auto"
          autoFocus
          aria-describedby={`${id}-text-hint`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (savesTitle(event)) void save(event);
          }}
        />
        <p id={`${id}-text-hint`} className="journal-hint">
          {titleSaveHint()}
        </p>
      </div>
      <div className="journal-field journal-field--wide">
        <label htmlFor={`${id}-note`}>{t('journal_field_note')}</label>
        <input id={`${id}-note`} value={note} dir="auto" onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="journal-field">
        <label htmlFor={`${id}-kind`}>{t('journal_field_kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as WinKind)}>
          {WIN_KINDS.map((option) => (
            <option key={option} value={option}>
              {kindLabel(option)}
            </option>
          ))}
        </select>
      </div>
      <div className="journal-field">
        <label htmlFor={`${id}-tags`}>{t('journal_field_tags')}</label>
        <input id={`${id}-tags`} value={tags} onChange={(event) => setTags(event.target.value)} />
      </div>
      <div className="journal-field">
        <label htmlFor={`${id}-url`}>{t('journal_field_ticketUrl')}</label>
        <input id={`${id}-url`} type="url" value={ticketUrl} onChange={(event) => setTicketUrl(event.target.value)} />
      </div>
      <div className="journal-field">
        <label htmlFor={`${id}-subject`}>{t('journal_field_ticketSubject')}</label>
        <input
          id={`${id}-subject`}
          value={ticketSubject}
          dir="auto"
          onChange={(event) => setTicketSubject(event.target.value)}
        />
      </div>
      {error && (
        <p className="journal-error journal-field--wide" role="alert">
          {error}
        </p>
      )}
      <div className="journal-actions journal-field--wide">
        <button type="submit" className="journal-primary">
          {t('journal_save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('journal_cancel')}
        </button>
      </div>
    </form>
  );
}

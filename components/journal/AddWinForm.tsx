import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ZodError } from 'zod';
import type { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { describeJournalError } from '@/lib/db/describe-error';
import { newId } from '@/lib/journal/ids';
import { WIN_KINDS, type WinKind } from '@/lib/journal/win-schema';
import { useWinKind } from '@/components/shared/use-win-kind';
import { suggestKind } from '@/lib/journal/suggest-kind';
import { kindLabel } from '@/lib/journal/kind-label';
import { t } from '@/lib/i18n';
import { splitTags } from '@/components/shared/split-tags';
import { savesTitle, titleSaveHint } from '@/components/shared/save-keys';

interface Props {
  db: JournalDatabase;
  now: () => number;
  onSaved: () => void;
}

/**
 * Log a win without leaving the journal. Enter saves, as in the popup and the editor
 * (components/shared/save-keys.ts); Shift+Enter is a new line. A failed save keeps
 * every field and the same id, so Retry can never make a second win.
 */
export function AddWinForm({ db, now, onSaved }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [ticketUrl, setTicketUrl] = useState('');
  const [ticketSubject, setTicketSubject] = useState('');
  const { kind, suggested, choose, reset } = useWinKind(text, suggestKind);
  const [error, setError] = useState('');
  // A failed write (full disk, closed database) can be retried; a refused field must be fixed first.
  const [retry, setRetry] = useState(false);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const pendingId = useRef(newId());
  const textArea = useRef<HTMLTextAreaElement>(null);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (!text.trim()) {
      setError(t('popup_emptyText'));
      textArea.current?.focus();
      return;
    }
    if (!kind) {
      setError(t('popup_kindNeeded'));
      return;
    }
    setSaving(true);
    setError('');
    try {
      const input = { id: pendingId.current, text, kind, tags: splitTags(tags), ticketUrl, ticketSubject };
      await saveWin(db, { ...input, source: 'journal' }, now());
      pendingId.current = newId();
      setText('');
      setTags('');
      reset();
      setTicketUrl('');
      setTicketSubject('');
      setStatus(t('journal_addSaved'));
      onSaved();
      textArea.current?.focus();
    } catch (caught) {
      const field = caught instanceof ZodError ? String(caught.issues[0]?.path[0] ?? '') : '';
      setRetry(!field);
      setError(field ? t('journal_editInvalid', t(`journal_field_${field}`)) : describeJournalError(caught));
    } finally {
      setSaving(false);
    }
  };

  // Details stay open while they hold something, so nothing typed is ever hidden.
  const showDetails = detailsOpen || Boolean(tags || ticketUrl || ticketSubject);

  const saveOnEnter = (event: KeyboardEvent) => {
    if (savesTitle(event)) void save(event);
  };

  return (
    <form className="journal-add" aria-labelledby={`${id}-title`} onSubmit={(event) => void save(event)}>
      <h3 id={`${id}-title`}>{t('journal_addTitle')}</h3>
      <div className="journal-add-row">
        <div className="journal-field">
          <label htmlFor={`${id}-text`}>{t('popup_textLabel')}</label>
          <textarea
            id={`${id}-text`}
            ref={textArea}
            value={text}
            dir="auto"
            rows={1}
            maxLength={10_000}
            placeholder={t('popup_textPlaceholder')}
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setText(event.target.value);
              setStatus('');
            }}
            onKeyDown={saveOnEnter}
          />
        </div>
        <div className="journal-field">
          <label htmlFor={`${id}-kind`}>{t('journal_field_kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind ?? ''}
            aria-describedby={suggested ? `${id}-suggested` : undefined}
            onChange={(event) => choose(event.target.value as WinKind)}
          >
            {kind ? null : (
              <option value="" disabled>
                {t('journal_kindChoose')}
              </option>
            )}
            {WIN_KINDS.map((option) => (
              <option key={option} value={option}>
                {kindLabel(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="journal-primary" disabled={saving}>
          {error && retry ? t('popup_retry') : t('journal_addButton')}
        </button>
      </div>
      {suggested ? (
        <p id={`${id}-suggested`} className="journal-hint">
          {t('popup_kindSuggested', kindLabel(suggested))}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="journal-hint">
        {titleSaveHint()}{' '}
        <button
          type="button"
          className="journal-link"
          aria-expanded={showDetails}
          aria-controls={`${id}-details`}
          onClick={() => setDetailsOpen(!showDetails)}
        >
          {t('journal_addDetails')}
        </button>
      </p>
      <div id={`${id}-details`} className="journal-form journal-add-details" hidden={!showDetails}>
        <div className="journal-field">
          <label htmlFor={`${id}-tags`}>{t('journal_field_tags')}</label>
          <input
            id={`${id}-tags`}
            value={tags}
            placeholder={t('popup_tagsPlaceholder')}
            onChange={(event) => setTags(event.target.value)}
          />
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
      </div>
      {error && (
        <p className="journal-error" role="alert">
          {retry ? `${error} ${t('popup_wordsKept')}` : error}
        </p>
      )}
      <p role="status" className="journal-saved">
        {status}
      </p>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { helpdeskName } from '@/lib/sites/helpdesk-name';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/journal/kind-label';
import { WinEditor } from '@/components/journal/WinEditor';

interface Props {
  db: JournalDatabase;
  win: Win;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDelete: () => void;
  onSaved: (win: Win) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One win: what (its words and the agent's note), when, and where (the helpdesk and
 * the ticket's subject, linked). Text is rendered as text (React escapes it); links
 * only ever come from http(s) URLs validated by zod.
 */
export function WinItem({ db, win, selected, onSelect, onDelete, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const returnFocus = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);

  // Closing the editor removes the focused field: put focus back on Edit so keyboard users keep their place.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      editButton.current?.focus();
      returnFocus.current = false;
    }
  }, [editing]);
  const label = win.text.length > 60 ? `${win.text.slice(0, 60)}…` : win.text;
  if (editing) {
    return (
      <li className="journal-win journal-win--editing">
        <WinEditor
          db={db}
          win={win}
          onDone={(saved) => {
            setEditing(false);
            returnFocus.current = true;
            if (saved) onSaved(saved);
          }}
        />
      </li>
    );
  }
  const where = win.ticketUrl ? helpdeskName(win.ticketUrl) : undefined;
  return (
    <li className="journal-win">
      <input
        type="checkbox"
        className="journal-win-select"
        checked={selected}
        aria-label={t('journal_selectWin', label)}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <div className="journal-win-body">
        <p className="journal-win-text" dir="auto">
          {win.text}
        </p>
        {win.note && (
          <p className="journal-win-note" dir="auto">
            <span className="visually-hidden">{t('journal_noteLabel')} </span>
            {win.note}
          </p>
        )}
        <p className="journal-win-meta">
          <span className={`journal-kind journal-kind--${win.kind}`}>{kindLabel(win.kind)}</span>
          <time dateTime={new Date(win.createdAt).toISOString()}>{dateFormat.format(win.createdAt)}</time>
          {win.ticketUrl ? (
            <a href={win.ticketUrl} target="_blank" rel="noopener noreferrer" dir="auto">
              {win.ticketSubject
                ? t('journal_whereSubject', where ?? '', win.ticketSubject)
                : t('journal_whereTicket', where ?? '')}
            </a>
          ) : (
            win.ticketSubject && <span dir="auto">{win.ticketSubject}</span>
          )}
        </p>
        {win.tags.length > 0 && (
          <p className="journal-win-tags">
            {win.tags.map((tag) => (
              <span key={tag} className="journal-tag" dir="auto">
                #{tag}
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="journal-win-actions">
        <button
          ref={editButton}
          type="button"
          onClick={() => setEditing(true)}
          aria-label={t('journal_editWin', label)}
        >
          {t('journal_edit')}
        </button>
        <button type="button" onClick={onDelete} aria-label={t('journal_deleteWin', label)}>
          {t('journal_delete')}
        </button>
      </div>
    </li>
  );
}

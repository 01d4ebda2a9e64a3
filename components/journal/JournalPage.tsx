import { useEffect, useState } from 'react';
import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { JournalOpenError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';
import { JournalWorkspace } from '@/components/journal/JournalWorkspace';
import '@/components/journal/journal.css';

type OpenState =
  { status: 'opening' } | { status: 'ready' } | { status: 'failed'; error: JournalOpenError } | { status: 'replaced' };

export interface JournalPageProps {
  /** The page opens the journal itself (extension origin); tests hand in their own database. */
  db?: JournalDatabase;
  now?: () => number;
}

/**
 * Root of the journal tab. Never shows an empty journal when opening failed:
 * a failed or blocked upgrade is a message, with the wins left as they were.
 */
export function JournalPage({ db = journalDb(), now = Date.now }: JournalPageProps) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });

  useEffect(() => {
    let live = true;
    openJournal(db, { onReplaced: () => live && setState({ status: 'replaced' }) }).then(
      () => live && setState({ status: 'ready' }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: error instanceof JournalOpenError ? error : new JournalOpenError('unavailable', error),
        }),
    );
    return () => {
      live = false;
    };
  }, [db]);

  return (
    <main className="journal" aria-labelledby="journal-title">
      <h1 id="journal-title">{t('journal_title')}</h1>
      {state.status === 'opening' && <p role="status">{t('journal_opening')}</p>}
      {state.status === 'failed' && <Problem text={t(state.error.messageKey)} />}
      {state.status === 'replaced' && <Problem text={t('journal_replaced')} />}
      {state.status === 'ready' && <JournalWorkspace db={db} now={now} />}
    </main>
  );
}

function Problem({ text }: { text: string }) {
  return (
    <div className="journal-problem" role="alert">
      <p>{text}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('journal_reload')}
      </button>
    </div>
  );
}

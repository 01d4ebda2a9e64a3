import { useEffect, useState } from 'react';
import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { JournalOpenError } from '@/lib/db/errors';
import { t } from '@/lib/i18n';
import { JournalWorkspace } from '@/components/journal/JournalWorkspace';
import { BragPrintPage } from '@/components/journal/BragPrintPage';
import { parseBragQuery } from '@/lib/journal/brag-period';
import '@/components/journal/journal.css';

type OpenState =
  { status: 'opening' } | { status: 'ready' } | { status: 'failed'; error: JournalOpenError } | { status: 'replaced' };

export interface JournalPageProps {
  /** The page opens the journal itself (extension origin); tests hand in their own database. */
  db?: JournalDatabase;
  now?: () => number;
  /** The page's address: `?brag=…` opens the brag document's print view, `#week` this week. */
  location?: Pick<Location, 'search' | 'hash'>;
}

/**
 * Root of the journal tab. Never shows an empty journal when opening failed:
 * a failed or blocked upgrade is a message, with the wins left as they were.
 */
export function JournalPage({ db = journalDb(), now = Date.now, location = window.location }: JournalPageProps) {
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

  const brag = parseBragQuery(location.search);
  const problem =
    state.status === 'failed' ? t(state.error.messageKey) : state.status === 'replaced' ? t('journal_replaced') : '';
  if (brag) {
    return (
      <main className="journal journal--print">
        {state.status === 'opening' && <p role="status">{t('journal_opening')}</p>}
        {problem && <Problem text={problem} />}
        {state.status === 'ready' && <BragPrintPage db={db} fromDay={brag.fromDay} toDay={brag.toDay} />}
      </main>
    );
  }
  return (
    <main className="journal" aria-labelledby="journal-title">
      <header className="journal-header">
        <h1 id="journal-title">
          <span aria-hidden="true">♥</span> {t('journal_title')}
        </h1>
        <p className="journal-muted">{t('journal_private')}</p>
      </header>
      {state.status === 'opening' && <p role="status">{t('journal_opening')}</p>}
      {problem && <Problem text={problem} />}
      {state.status === 'ready' && <JournalWorkspace db={db} now={now} hash={location.hash} />}
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

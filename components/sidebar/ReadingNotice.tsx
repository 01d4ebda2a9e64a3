import type { TicketSnapshot } from '@/lib/content/ticket-watcher';
import { t } from '@/lib/i18n';

interface Props {
  ticket: Pick<TicketSnapshot, 'customerMessages' | 'settled' | 'messagesSource' | 'recipe' | 'threadOnOtherPage'>;
  onShowMe: () => void;
  onForgetRecipe: () => void;
}

/**
 * How the customer's messages were read, said plainly (issue 13, "honest
 * health"): still reading, nothing found (with the picker one click away), a page
 * that never shows the conversation (pointing to the one that does), read on the
 * ticket's own page, read the agent's way, or the agent's way no longer fitting. Never a verdict on text that was not read.
 */
/** For tests and styles: what the notice says, in one word. */
function readingState(ticket: Props['ticket']): string {
  if (ticket.customerMessages.length > 0) return ticket.messagesSource;
  if (!ticket.settled) return 'reading';
  return ticket.threadOnOtherPage ? 'elsewhere' : 'nothing';
}

export function ReadingNotice({ ticket, onShowMe, onForgetRecipe }: Props) {
  const nothingRead = ticket.customerMessages.length === 0;
  return (
    <div className="hd-reading" data-reading={readingState(ticket)}>
      {ticket.recipe === 'stale' ? (
        <p role="status" className="hd-reading-stale">
          {t('sidebar_recipeStale')}{' '}
          <button type="button" className="hd-link" onClick={onShowMe}>
            {t('sidebar_showMeAgain')}
          </button>
        </p>
      ) : null}
      {nothingRead && !ticket.settled ? <p className="hd-muted">{t('sidebar_readingTicket')}</p> : null}
      {nothingRead && ticket.settled && ticket.threadOnOtherPage ? (
        <p className="hd-muted">{t('sidebar_threadOnTicketPage')}</p>
      ) : null}
      {nothingRead && ticket.settled && !ticket.threadOnOtherPage ? (
        <>
          <p className="hd-reading-missing">{t('sidebar_cannotFindMessages')}</p>
          <button type="button" className="hd-primary" onClick={onShowMe}>
            {t('sidebar_showMeMessage')}
          </button>
        </>
      ) : null}
      {!nothingRead && ticket.messagesSource === 'earlier' ? (
        <p className="hd-muted">{t('sidebar_readEarlier')}</p>
      ) : null}
      {!nothingRead && ticket.messagesSource === 'recipe' ? (
        <p className="hd-muted">
          {t('sidebar_recipeInUse')}{' '}
          <button type="button" className="hd-link" onClick={onForgetRecipe}>
            {t('sidebar_recipeForget')}
          </button>
        </p>
      ) : null}
      {!nothingRead && ticket.messagesSource === 'page' ? (
        <p className="hd-muted hd-reading-wrong">
          {t('sidebar_wrongThing')}{' '}
          <button type="button" className="hd-link" onClick={onShowMe}>
            {t('sidebar_showMe')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { newWinId } from '@/lib/messaging/win-id';
import { redactQuote } from '@/lib/coach/redact';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** One click turns the customer's thanks into a win (redacted quote + ticket link). */
export function ThanksWin({ customerMessage, ticketUrl }: { customerMessage: string; ticketUrl: string }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // One id per offered win: a retried click after a service-worker restart updates the same row.
  const [id] = useState(newWinId);
  const quote = redactQuote(customerMessage).slice(0, 1_000);
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      await sendToBackground('sidebar→background:save-win', { id, text: quote, kind: 'thank-you', ticketUrl });
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="hd-card hd-win" aria-labelledby="hd-win-title">
      <h2 id="hd-win-title">{t('sidebar_thanksTitle')}</h2>
      <blockquote>{quote}</blockquote>
      {state.kind === 'saved' ? (
        <p role="status" className="hd-saved">
          {t('sidebar_winSaved')}
        </p>
      ) : (
        <button type="button" className="hd-primary" onClick={save} disabled={state.kind === 'saving'} data-writes>
          {state.kind === 'failed' ? t('sidebar_retry') : t('sidebar_saveWin')}
        </button>
      )}
      {state.kind === 'failed' ? (
        <p role="alert" className="hd-error">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}

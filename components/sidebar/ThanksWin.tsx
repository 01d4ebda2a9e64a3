import { useState } from 'react';
import type { PlacedPrompt } from '@/lib/coach/prompt-cards';
import { newWinId } from '@/lib/messaging/win-id';
import { sendToBackground } from '@/lib/messaging/client';
import { ticketSubjectFromTitle } from '@/lib/dom/ticket-subject';
import { t } from '@/lib/i18n';
import { WinDetails } from '@/components/sidebar/WinDetails';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface Props {
  /** The customer's words, already redacted by the coach. */
  quote: string;
  saved: boolean;
  /** The question about thanking them back; gone once the win is saved (one point, one card). */
  prompt?: PlacedPrompt;
  ticketUrl: string;
  onSaved: () => void;
}

/**
 * One click turns the customer's thanks into a win: the quote the coach already redacted,
 * the ticket's link and subject (so the journal says where it happened). Right after, the
 * agent may add a tag or a note; the quote itself stays the customer's words.
 */
export function ThanksWin({ quote, saved, prompt, ticketUrl, onSaved }: Props) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // One id per offered win: a retried click after a service-worker restart updates the same row.
  const [id] = useState(newWinId);
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const ticketSubject = ticketSubjectFromTitle(document.title);
      await sendToBackground('sidebar→background:save-win', {
        id,
        text: quote,
        kind: 'thank-you',
        ticketUrl,
        ...(ticketSubject && { ticketSubject }),
      });
      setState({ kind: 'idle' });
      onSaved();
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="hd-card hd-win" aria-labelledby="hd-win-title">
      <h2 id="hd-win-title">{t('sidebar_thanksTitle')}</h2>
      <blockquote>{quote}</blockquote>
      {saved ? (
        <>
          <p role="status" className="hd-saved">
            {t('sidebar_winSaved')}
          </p>
          <WinDetails winId={id} />
        </>
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
      {prompt && !saved ? <p className="hd-question hd-muted">{prompt.selected.prompt.text}</p> : null}
    </section>
  );
}

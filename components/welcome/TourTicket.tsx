import type { Ref } from 'react';
import { t } from '@/lib/i18n';
import { tourThread } from '@/components/welcome/tour-steps';

interface Props {
  thanked: boolean;
  replyRef: Ref<HTMLDivElement>;
}

/**
 * The sample ticket, laid out like a helpdesk: subject, thread, reply box. The
 * reply box is left to the tour and the agent (React never renders into it), and
 * tour-adapter.ts reads all of it as an adapter reads a real helpdesk.
 */
export function TourTicket({ thanked, replyRef }: Props) {
  return (
    <article className="tour-ticket" data-tour-ticket aria-labelledby="tour-subject">
      <header className="tour-ticket__header">
        <p className="tour-ticket__label">{t('welcome_tourSample')}</p>
        <h3 id="tour-subject">{t('welcome_tourSubject')}</h3>
      </header>
      <ol className="tour-thread" data-tour-thread>
        {tourThread(thanked).map((message, index) => (
          <li key={index} className={`tour-message tour-message--${message.role}`}>
            <p className="tour-message__author">{message.author}</p>
            <p {...(message.role === 'customer' ? { 'data-tour-customer': '' } : {})}>{message.text}</p>
          </li>
        ))}
      </ol>
      <p className="tour-reply-label" id="tour-reply-label">
        {t('welcome_tourReplyLabel')}
      </p>
      <div
        ref={replyRef}
        className="tour-reply"
        data-tour-reply
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby="tour-reply-label"
        tabIndex={0}
      />
    </article>
  );
}

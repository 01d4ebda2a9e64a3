import type { CoachView } from '@/lib/coach/view';
import { replyLine } from '@/lib/coach/reply-line';
import { t } from '@/lib/i18n';
import { Sign } from '@/components/sidebar/Sign';

/** The coach's one plain line about the reply (lib/coach/reply-line.ts), when no card speaks for it. */
export function ReplyStatus({ view, noteOpen }: { view: CoachView; noteOpen: boolean }) {
  const line = replyLine(view);
  switch (line.kind) {
    case 'none':
      return null;
    case 'ready':
      return (
        <div className="hd-ready" role="status">
          <p className="hd-ready-title">
            <Sign kind="done" /> {t('sidebar_readyTitle')}
          </p>
          <p>{t('sidebar_readyBody')}</p>
        </div>
      );
    case 'blanks':
      return <p className="hd-blanks-left">{t('sidebar_fillBlanksFirst', line.blanks.join(' '))}</p>;
    case 'held-back':
      return (
        <p className="hd-muted hd-held-back">
          {line.count === 1 ? t('sidebar_heldBackOne') : t('sidebar_heldBackMany', line.count)}
        </p>
      );
    case 'check-below':
      return <p className="hd-muted">{t('sidebar_nothingButCheck')}</p>;
    case 'status': {
      const text: Record<typeof line.status, string> = {
        // An internal note open in place of the reply (issue 13): coaching waits for the reply.
        'no-reply-box': noteOpen ? t('sidebar_noteOpen') : t('sidebar_noComposer'),
        quiet: t('sidebar_quiet'),
        empty: t('sidebar_startTyping'),
        writing: t('sidebar_nothingToFlag'),
        sent: t('sidebar_sent'),
      };
      return <p className="hd-muted">{text[line.status]}</p>;
    }
  }
}

import type { CoachView } from '@/lib/coach/view';
import { t } from '@/lib/i18n';
import { Sign } from '@/components/sidebar/Sign';

/** One plain line about the reply when there is no card to show, or blanks still to fill. */
export function ReplyStatus({ view, noteOpen }: { view: CoachView; noteOpen: boolean }) {
  if (view.status === 'ready') {
    return (
      <div className="hd-ready" role="status">
        <p className="hd-ready-title">
          <Sign kind="done" /> {t('sidebar_readyTitle')}
        </p>
        <p>{t('sidebar_readyBody')}</p>
      </div>
    );
  }
  if (view.blanks.length > 0) {
    return <p className="hd-blanks-left">{t('sidebar_fillBlanksFirst', view.blanks.join(' '))}</p>;
  }
  if (view.cards.length > 0) return null;
  const line: Record<CoachView['status'], string> = {
    // An internal note open in place of the reply (issue 13): coaching waits for the reply.
    'no-reply-box': noteOpen ? t('sidebar_noteOpen') : t('sidebar_noComposer'),
    quiet: t('sidebar_quiet'),
    empty: t('sidebar_startTyping'),
    writing: t('sidebar_nothingToFlag'),
    sent: t('sidebar_sent'),
    ready: '',
  };
  return <p className="hd-muted">{line[view.status]}</p>;
}

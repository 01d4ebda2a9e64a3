import { useState } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';

type Choice = 'breathe' | 'stretch' | 'win';
interface PastWin {
  text: string;
}

/** Offered after a hard conversation's reply is sent: a short pause the agent may take or close. */
export function ResetCard({ onClose }: { onClose: () => void }) {
  const [choice, setChoice] = useState<Choice>();
  const [win, setWin] = useState<PastWin | null>();
  const reread = async () => {
    setChoice('win');
    try {
      setWin(
        await sendToBackground<'sidebar→background:random-win', PastWin | null>('sidebar→background:random-win', {}),
      );
    } catch {
      setWin(null);
    }
  };
  return (
    <section className="hd-card hd-reset" aria-labelledby="hd-reset-title">
      <h2 id="hd-reset-title">{t('reset_title')}</h2>
      <p>{t('reset_intro')}</p>
      <div className="hd-actions">
        <button type="button" onClick={() => setChoice('breathe')}>
          {t('reset_breathe')}
        </button>
        <button type="button" onClick={() => setChoice('stretch')}>
          {t('reset_stretch')}
        </button>
        <button type="button" onClick={() => void reread()}>
          {t('reset_rereadWin')}
        </button>
      </div>
      {choice === 'breathe' ? <p className="hd-reset-body">{t('reset_breatheSteps')}</p> : null}
      {choice === 'stretch' ? <p className="hd-reset-body">{t('reset_stretchSteps')}</p> : null}
      {choice === 'win' && win !== undefined ? (
        win ? (
          <blockquote className="hd-reset-body">{win.text}</blockquote>
        ) : (
          <p className="hd-reset-body">{t('reset_noWinYet')}</p>
        )
      ) : null}
      <button type="button" className="hd-link" onClick={onClose}>
        {t('reset_close')}
      </button>
    </section>
  );
}

import { useState } from 'react';
import type { Finding } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { HighlightedDraft } from '@/components/sidebar/HighlightedDraft';

interface Props {
  finding: Finding;
  draft: string;
  onNotNow: () => void;
  onMute: () => void;
  /** Private feedback for the agent's own stats. */
  onRate: (helpful: boolean) => void;
}

export function NudgeCard({ finding, draft, onNotNow, onMute, onRate }: Props) {
  const [copied, setCopied] = useState(false);
  const [rated, setRated] = useState(false);
  const alternative = finding.alternatives[0];
  const copy = async () => {
    if (!alternative) return;
    try {
      await navigator.clipboard.writeText(alternative);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <article className="hd-card hd-nudge" data-rule={finding.ruleId} aria-labelledby={`why-${finding.ruleId}`}>
      <p className="hd-category">{t(`category_${finding.category.replace(/-/g, '_')}`)}</p>
      <HighlightedDraft draft={draft} span={finding} />
      <p className="hd-why" id={`why-${finding.ruleId}`}>
        {finding.why}
      </p>
      {alternative ? (
        <div className="hd-alternative">
          <p>
            <span className="hd-label">{t('sidebar_tryInstead')}</span> {alternative}
          </p>
          <button type="button" className="hd-link" onClick={copy} data-writes>
            {copied ? t('sidebar_copied') : t('sidebar_copy')}
          </button>
        </div>
      ) : null}
      <div className="hd-actions">
        <button type="button" onClick={onNotNow}>
          {t('sidebar_notNow')}
        </button>
        <button type="button" onClick={onMute} data-writes>
          {t('sidebar_muteRule')}
        </button>
      </div>
      <div className="hd-rate">
        {rated ? (
          <span className="hd-muted">{t('sidebar_thanksForRating')}</span>
        ) : (
          <>
            <span className="hd-muted">{t('sidebar_wasThisHelpful')}</span>
            <button type="button" className="hd-link" onClick={() => (setRated(true), onRate(true))} data-writes>
              {t('sidebar_helpful')}
            </button>
            <button type="button" className="hd-link" onClick={() => (setRated(true), onRate(false))} data-writes>
              {t('sidebar_notHelpful')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}

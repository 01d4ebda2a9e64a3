import { useState } from 'react';
import type { Finding } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { HighlightedDraft } from './HighlightedDraft';

interface Props {
  finding: Finding;
  draft: string;
  onNotNow: () => void;
  onMute: () => void;
}

export function NudgeCard({ finding, draft, onNotNow, onMute }: Props) {
  const [copied, setCopied] = useState(false);
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
          <button type="button" className="hd-link" onClick={copy}>
            {copied ? t('sidebar_copied') : t('sidebar_copy')}
          </button>
        </div>
      ) : null}
      <div className="hd-actions">
        <button type="button" onClick={onNotNow}>
          {t('sidebar_notNow')}
        </button>
        <button type="button" onClick={onMute}>
          {t('sidebar_muteRule')}
        </button>
      </div>
    </article>
  );
}
